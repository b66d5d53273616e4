# An error in the --data workspace counts like an error in an input: the
# result document is not written (exit 1), while the suggestions from the
# submissions that could be read still warn where the answers differ.
%args evaluasi --format xml samples/lke/dinkes.lke.xml --data samples/kab-sukamaju/opd-dinkes.xml --data $DATA/bad/missing-satuan.xml
%exit 1
%check [ ! -s "$OUT" ]
%check grep -q "^tests/data/bad/missing-satuan.xml:.*kesalahan LKJ" "$ERR"
%check grep -q "peringatan LKJ0820: kriteria '1.b.6'" "$ERR"
%check grep -q "^lkjip: 4 berkas diperiksa, 1 kesalahan, 29 peringatan$" "$ERR"
