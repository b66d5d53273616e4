# Every ir.xml that lkjip build writes for the samples (the provinsi, the
# kabupaten and its six OPDs) is valid against schemas/report.xsd, with
# plain xmllint: the schema documented in docs/ir.md is the one the IR keeps.
%args build samples/ -o $TMP/out --format ir
%grep 8 laporan ditulis
%check n=0; for f in $(find $TMP/out -name ir.xml | LC_ALL=C sort); do xmllint --noout --nonet --schema schemas/report.xsd "$f" || exit 1; n=$((n + 1)); done; [ "$n" = 8 ]
