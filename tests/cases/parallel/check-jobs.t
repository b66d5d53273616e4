# -j N checks files on N threads; diagnostics come out in file order, the
# same for every N (here: every bad and hostile input, and the samples).
%args check -j 1 --lang en tests/data/bad tests/data/hostile samples
%exit 1
%check build/check/lkjip check -j 2 --lang en tests/data/bad tests/data/hostile samples > $TMP/j2.txt; [ $? = 1 ] && cmp $OUT $TMP/j2.txt
%check build/check/lkjip check -j 7 --lang en tests/data/bad tests/data/hostile samples > $TMP/j7.txt; [ $? = 1 ] && cmp $OUT $TMP/j7.txt
%check build/check/lkjip check -j 3 --link --diagnostics xml samples > $TMP/x3.xml && build/check/lkjip check -j 1 --link --diagnostics xml samples > $TMP/x1.xml && cmp $TMP/x1.xml $TMP/x3.xml
