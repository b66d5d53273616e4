# A formula names an id that is no indikator (here: a sasaran, then a typo).
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's#<satuan>orang</satuan>#<satuan>orang</satuan><rumus>KAB-S1 + KAB-UHHH</rumus>#' $TMP/ws/opd-a.xml
%args check --link --lang en $TMP/ws
%exit 1
%grep opd-a.xml:[0-9]+:[0-9]+: error LKJ0409: the formula of indikator 'A-I1' refers to 'KAB-S1', which is no indikator of the workspace
%grep opd-a.xml:[0-9]+:[0-9]+: error LKJ0409: the formula of indikator 'A-I1' refers to 'KAB-UHHH', which is no indikator of the workspace
%grep hint: 'KAB-S1' is a sasaran, not an indikator: a formula computes with indikator ids
%grep hint: check the spelling of 'KAB-UHHH': a formula names the id of an indikator of any file of the workspace
%nogrep minus
