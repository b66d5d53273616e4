# The guide is where a reader looks: --help (both languages), the man
# page, the README's workbook tour and docs/workbook.md name it.
%args --help
%grep ^panduan operator OPD untuk buku kerja: docs/panduan-opd.md$
%check build/check/lkjip --help --lang en | grep -qx "the OPD operators' guide to the workbook (Bahasa Indonesia): docs/panduan-opd.md"
%check grep -q 'docs/panduan-opd.md' docs/lkjip.1
%check sed -n '/^## Workbooks for the OPDs/,/^## /p' README.md | grep -q 'own guide, in Bahasa Indonesia: `docs/panduan-opd.md`'
%check grep -q "the operators' guide in Bahasa Indonesia is .docs/panduan-opd.md." docs/workbook.md
%check test -f docs/panduan-opd.md
