# An element the format does not have (<keterangan>) inside <indikator>.
%args check --lang en tests/data/bad/unknown-element.xml
%exit 1
%stdout
tests/data/bad/unknown-element.xml:23:9: error LKJ0202: the element <keterangan> is not expected here, inside indikator 'DINKES-AKI'
  hint: expected at this point: <definisi>, <sumber-data>, <rumus>, <baseline>, <target>, <target-akhir>, <target-pk>, <standar-nasional>, <realisasi>, <realisasi-lalu>; check the spelling and the order of elements
lkjip: 1 file checked, 1 error, 0 warnings
