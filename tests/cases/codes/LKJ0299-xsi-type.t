# xsi:type naming a type that does not exist.
%args check tests/data/bad/xsi-type.xml
%exit 1
%stdout
tests/data/bad/xsi-type.xml:16:3: kesalahan LKJ0299: pelanggaran skema: The QName value '{urn:lkjip:submission:1}TujuanBaru' of the xsi:type attribute does not resolve to a type definition.
  saran: bandingkan bagian ini dengan docs/format.md
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
