# An evaluation document named to check (folders skip *.lke.xml): said to
# be lkjip evaluasi's, not "not an lkjip document".
%args check samples/lke/dinkes.lke.xml
%exit 1
%check grep -qxF "samples/lke/dinkes.lke.xml:7:1: kesalahan LKJ0808: <evaluasi> adalah dokumen evaluasi SAKIP (urn:lkjip:lke:1), bukan submisi" "$OUT"
