#!/usr/bin/python3
"""The LKE answer sheet in tests (docs/lke.md section 7), through openpyxl:

  sheet.py fill IN.xlsx OUT.xlsx KEY|COLUMN=VALUE...   sets cells of the LKE sheet
      by the row's key (column Kunci) and the column's header, as a person
      would (VALUE '' empties the cell; \\n in VALUE is a line break), and saves the
      book anew
  sheet.py get BOOK.xlsx KEY|COLUMN...                 prints each cell's value, one a line
  sheet.py check BOOK.xlsx                             the book's structure: sheets, the
      very hidden sheet lkjip, locked and editable cells, the dropdowns
"""
import sys

import openpyxl


def rows(ws):
    head = [c.value for c in ws[1]]
    keys = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    return head, keys


def cell(ws, spec):
    key, column = spec.split("|", 1)
    head, keys = rows(ws)
    return ws.cell(keys[key], head.index(column) + 1)


def fill(src, dst, specs):
    wb = openpyxl.load_workbook(src)
    ws = wb["LKE"]
    for spec in specs:
        where, value = spec.split("=", 1)
        value = value.replace("\\n", "\n")
        cell(ws, where).value = value if value != "" else None
    wb.save(dst)


def get(path, specs):
    ws = openpyxl.load_workbook(path)["LKE"]
    for spec in specs:
        v = cell(ws, spec).value
        print("" if v is None else v)


def check(path):
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Petunjuk", "LKE", "Rekomendasi", "lkjip"], wb.sheetnames
    assert wb["lkjip"].sheet_state == "veryHidden", wb["lkjip"].sheet_state
    assert wb["lkjip"]["A1"].value == "lkjip-lke 1"
    assert wb.security is not None and wb.security.lockStructure, "structure not locked"
    ws = wb["LKE"]
    assert ws.protection.sheet, "LKE not protected"
    head, keys = rows(ws)
    assert head == ["Kunci", "Komponen", "Subkomponen", "Kriteria", "Skala", "Mandiri", "Evaluator",
                    "Catatan", "Bukti", "Saran lkjip", "Dasar"], head
    for key in ("1.a.1", "1.b.6", "4.a"):
        r = keys[key]
        for col in ("Mandiri", "Evaluator", "Catatan", "Bukti"):
            assert not ws.cell(r, head.index(col) + 1).protection.locked, (key, col)
        for col in ("Kunci", "Kriteria", "Skala", "Saran lkjip", "Dasar"):
            assert ws.cell(r, head.index(col) + 1).protection.locked, (key, col)
    lists = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            for row in range(rng.min_row, rng.max_row + 1):
                lists[row] = dv.formula1
    assert lists[keys["1.a.1"]] == '"Y,T"', lists[keys["1.a.1"]]
    assert lists[keys["1.b.6"]] == '"A,B,C,D,E"', lists[keys["1.b.6"]]
    assert lists[keys["4.a"]] == '"AA,A,BB,B,CC,C,D,E"', lists[keys["4.a"]]
    assert keys["1"] not in lists, "a component row has a dropdown"


if __name__ == "__main__":
    op = sys.argv[1]
    if op == "fill":
        fill(sys.argv[2], sys.argv[3], sys.argv[4:])
    elif op == "get":
        get(sys.argv[2], sys.argv[3:])
    elif op == "check":
        check(sys.argv[2])
    else:
        sys.exit("sheet.py: fill, get or check")
