# An input with an error: no document is written, not even the others'.
%args evaluasi samples/lke/dinkes.lke.xml tests/data/lke/bad/not-on-scale.lke.xml --format html -o $TMP/o
%exit 1
%check grep -q LKJ0810 "$ERR" && ! test -e $TMP/o
