# --ir names a folder that cannot be read: LKJ0001, exit 3, nothing written.
%args evaluasi samples/lke/dinkes.lke.xml samples/lke/kab-sukamaju.lke.xml --format html --ir $TMP/tidak-ada -o $TMP/o
%exit 3
%check grep -q 'tidak-ada: .*LKJ0001' "$ERR" && ! test -e $TMP/o
