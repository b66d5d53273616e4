#!/usr/bin/python3
# The operator of docs/panduan-opd.md, with openpyxl: STEP "salah" copies
# SOURCE to TARGET with the guide's three mistakes typed into yellow cells;
# STEP "perbaiki" corrects the one that is an error, in TARGET itself;
# STEP "ganti-nama" renames the sheet Realisasi (the guide's FAQ).
# Rows are found by their key (column A), columns by their header (row 1);
# the cells the guide names are asserted, so the guide and this stay one.
import sys

import openpyxl

step, source, target = sys.argv[1], sys.argv[2], sys.argv[3]
wb = openpyxl.load_workbook(source)


def cell(sheet, key, header, ref):
    ws = wb[sheet]
    col = [c.value for c in ws[1]].index(header) + 1
    row = next(r[0].row for r in ws.iter_rows(min_row=2) if r[0].value == key)
    c = ws.cell(row, col)
    assert c.coordinate == ref and not c.protection.locked, (sheet, key, header, c.coordinate)
    return c


if step == "salah":
    # Words instead of a number (LKJ0711), a number pasted as text with a
    # dot that reads two ways (LKJ0712), and December's budget typed as the
    # year's running total instead of December's spending (LKJ0315).
    cell("Realisasi", "DINKES-PBI", "Feb", "F14").value = "seribu lima ratus"
    cell("Realisasi", "DINKES-PBI", "Mar", "G14").value = "1.226"
    anggaran = wb["Anggaran"]
    total = sum(anggaran.cell(7, c).value for c in range(4, 15))
    cell("Anggaran", "1.02.02.2.02.0001", "Des", "O7").value = total + 51670000
elif step == "perbaiki":
    cell("Realisasi", "DINKES-PBI", "Feb", "F14").value = 1505
elif step == "ganti-nama":
    wb["Realisasi"].title = "Realisasi 2025"
else:
    raise SystemExit(f"unknown step {step}")
wb.save(target)
