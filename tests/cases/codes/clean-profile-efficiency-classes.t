# Equal bounds are allowed: only exactly 0 is cukup efisien.
%setup sed 's#efisien-di-atas="2" tidak-efisien-di-bawah="3"#efisien-di-atas="0" tidak-efisien-di-bawah="0"#' tests/data/bad/profile-efficiency-classes.xml > $TMP/lkjip.xml
%args check --lang en $TMP/lkjip.xml
%stdout
lkjip: 1 file checked, 0 errors, 0 warnings
