#!/usr/bin/python3
# make demo's operator (demo/round-trip.sh): opens an OPD workbook written
# by `lkjip template`, types a few values into its yellow cells the way an
# operator would in a spreadsheet program, and saves it under a new name.
# openpyxl is another writer than lkjip's libxlsxwriter, so the workbook
# lkjip imports afterwards is one lkjip did not write, as at a real OPD.
# Rows are found by their key in column A and columns by their header in
# row 1 (docs/workbook.md), never by position.
import sys

import openpyxl

source, target = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(source)


def cell(sheet, key, header, kind=None):
    ws = wb[sheet]
    col = [c.value for c in ws[1]].index(header) + 1
    for row in ws.iter_rows(min_row=2):
        if row[0].value == key and (kind is None or row[1].value == kind):
            return ws.cell(row[0].row, col)
    raise SystemExit(f"{sheet}: no row {key} {kind or ''}")


# (sheet, key, kind, column header, value typed, how it is shown)
FILLED = [
    ("Realisasi", "DINKES-STUNTING", "nilai", "Des", 14.5, "14,5"),
    ("Realisasi", "DINKES-AKI", "pembilang", "Des", 1, "1"),
    ("Realisasi", "DINKES-AKI", "penyebut", "Des", 1040, "1.040"),
    ("Anggaran", "1.02.02.2.02.0001", None, "Des", 51800000, "51.800.000"),
]
for sheet, key, kind, header, value, shown in FILLED:
    c = cell(sheet, key, header, kind)
    assert not c.protection.locked, f"{sheet}!{c.coordinate} is locked"
    c.value = value
    print(f"  {sheet}!{c.coordinate}  {key}{' ' + kind if kind else ''}, {header}: {shown}")
wb.save(target)
