# Ids may contain '-': "KAB-UHH-20" is one (unknown) id. It splits at its
# last '-' into the known indikator KAB-UHH and the number 20, so the hint
# writes the subtraction out.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's#<satuan>orang</satuan>#<satuan>orang</satuan><rumus>KAB-UHH-20</rumus>#' $TMP/ws/opd-a.xml
%args check --link --lang en $TMP/ws
%exit 1
%grep error LKJ0409: the formula of indikator 'A-I1' refers to 'KAB-UHH-20'
%grep hint: an id in a formula runs as far as it can: to subtract, put spaces around the minus: KAB-UHH - 20$
