# A formula the language cannot read: the character position is given.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's#<satuan>orang</satuan>#<satuan>orang</satuan><rumus>KAB-UHH * 0,5</rumus>#' $TMP/ws/opd-a.xml
%args check --link $TMP/ws
%exit 1
%grep opd-a.xml:[0-9]+:[0-9]+: kesalahan LKJ0412: rumus indikator 'A-I1', karakter 12: '0,5': tulis angka dengan titik desimal \(0.5\)
