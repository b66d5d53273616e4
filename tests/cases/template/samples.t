# lkjip template writes one workbook per sample OPD; another reader
# (openpyxl) finds the sheets, the very hidden lkjip sheet with the
# submission and its SHA-256, protection, locked and editable cells, the
# realisasi and anggaran of the submission, formats and validations.
%args template samples/kab-sukamaju -o $TMP/out
%grep ^lkjip: 8 berkas dibaca, 6 buku kerja ditulis ke .*/out, 0 kesalahan, 1 peringatan$
%check ls $TMP/out | tr '\n' ' ' | grep -qx 'bappeda.xlsx dinkes.xlsx dinsos.xlsx disdikbud.xlsx dlh.xlsx dpupr.xlsx '
%check /usr/bin/python3 tests/cases/template/check-workbooks.py $TMP/out
# Petunjuk promises only what a protected sheet allows (no sorting) and says
# how to type a percent (Excel stores "98,1%" as 0,981).
%check /usr/bin/python3 -c "import openpyxl; ws=openpyxl.load_workbook('$TMP/out/dinkes.xlsx')['Petunjuk']; t=' '.join(str(c.value) for r in ws.iter_rows() for c in r if c.value); assert 'tanpa tanda %' in t and '0,981' in t, t; assert 'boleh diurutkan' not in t and 'mengurutkan baris tidak dapat' in t, t"
