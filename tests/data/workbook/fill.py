#!/usr/bin/python3
"""Fills cells of a workbook of lkjip template the way an OPD would, with
openpyxl (another writer than lkjip), for the import tests.

    fill.py IN.xlsx OUT.xlsx 'KEY|HEADER=VALUE' ...

Each argument names a Realisasi cell by its row key (column A, Kunci) and
its column header (row 1): 'BAPPEDA-SAKIP|TW II=BB'. A VALUE that reads as
a number (95.5) is written as a number, anything else as text. The other
cells, the hidden sheet lkjip, protection and validations stay as they are.
"""
import sys
from openpyxl import load_workbook

src, out, *cells = sys.argv[1:]
wb = load_workbook(src)
ws = wb['Realisasi']
header = {c.value: c.column for c in ws[1]}
rows = {}
for r in range(2, ws.max_row + 1):
    rows.setdefault(ws.cell(r, 1).value, r)
for spec in cells:
    where, _, value = spec.partition('=')
    key, _, head = where.partition('|')
    try:
        value = float(value)
    except ValueError:
        pass
    ws.cell(rows[key], header[head], value)
wb.save(out)
