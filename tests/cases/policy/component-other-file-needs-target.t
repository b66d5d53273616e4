# A component named only by a formula in another file still needs its
# target (docs/format.md 6.5): the check of kab.xml cannot see opd-a.xml's
# <rumus>KAB-UHH + 1</rumus>.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's#<target tahun="2025" nilai="74.5"/>##' $TMP/ws/kab.xml && sed -i 's#<satuan>orang</satuan>#<satuan>orang</satuan><rumus>KAB-UHH + 1</rumus>#' $TMP/ws/opd-a.xml
%args check --lang en $TMP/ws/kab.xml
%exit 1
%grep kab.xml:15:7: error LKJ0308: indikator 'KAB-UHH' has no target for the reporting year 2025
