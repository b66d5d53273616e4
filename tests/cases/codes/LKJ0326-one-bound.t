# Only efisien-di-atas given, below the default -5 of tidak-efisien-di-bawah.
%setup sed 's#efisien-di-atas="2" tidak-efisien-di-bawah="3"#efisien-di-atas="-6"#' tests/data/bad/profile-efficiency-classes.xml > $TMP/lkjip.xml
%args check --lang en $TMP/lkjip.xml
%exit 1
%grep lkjip.xml:7:5: error LKJ0326: tidak-efisien-di-bawah \(-5\) is above efisien-di-atas \(-6\)
