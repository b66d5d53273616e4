# Two units whose ids make the same folder name ('dinkes' and 'DINKES')
# would overwrite each other's documents: LKJ0816 on the second, and
# nothing is written.
%setup sed 's/unit="dinkes"/unit="DINKES"/' samples/lke/dinkes.lke.xml >$TMP/DINKES.lke.xml
%args evaluasi samples/lke/dinkes.lke.xml $TMP/DINKES.lke.xml --format html,docbook -o $TMP/o
%exit 1
%check grep -q "DINKES.lke.xml:7:53: kesalahan LKJ0816: unit 'DINKES' sudah dinilai dari samples/lke/dinkes.lke.xml" "$ERR" && ! test -e $TMP/o
