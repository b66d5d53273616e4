# A workspace holding LKE answers (*.lke.xml) beside its submissions:
# check walks past them (they are read by lkjip evaluasi, docs/format.md §1.3).
%setup mkdir -p $TMP/ws && cp samples/kab-sukamaju/*.xml samples/provinsi/*.xml $TMP/ws/ && cp samples/lke/*.lke.xml $TMP/ws/
%args check $TMP/ws
%stdout
lkjip: 8 berkas diperiksa, 0 kesalahan, 0 peringatan
