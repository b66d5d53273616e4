# Ids may contain '-': "KAB-UHH-20" is one (unknown) id, and the hint says so.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's#<satuan>orang</satuan>#<satuan>orang</satuan><rumus>KAB-UHH-20</rumus>#' $TMP/ws/opd-a.xml
%args check --link --lang en $TMP/ws
%exit 1
%grep error LKJ0409: the formula of indikator 'A-I1' refers to 'KAB-UHH-20'
%grep hint: ids in a formula run as far as they can: put spaces around a minus \(A - B\)
