#!/usr/bin/python3
"""The other side of the import benchmark (bench/import.sh): what a Python
script that reads OPD workbooks would do, with openpyxl in read-only mode
(its fastest): every cell of the sheets lkjip import reads (Identitas,
Realisasi, Anggaran, Narasi and the hidden lkjip), each sheet's header row
mapped to columns, each data row's values kept by its key. It builds no
submission, checks no hash and decodes no embedded plan: lkjip does all
that besides reading the same cells.

    read-openpyxl.py BOOK.xlsx...   prints: books, cells read, Realisasi and
                                    Anggaran values (numbers and text)
"""
import sys
from openpyxl import load_workbook

SHEETS = ('Identitas', 'Realisasi', 'Anggaran', 'Narasi', 'lkjip')
PERIODS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des',
           'TW I', 'TW II', 'TW III', 'TW IV', 'Tahunan']


def read_book(path):
    wb = load_workbook(path, read_only=True, data_only=True)
    book, cells, values = {}, 0, 0
    for name in SHEETS:
        rows = wb[name].iter_rows(values_only=True)
        header = next(rows, ())
        col = {h: i for i, h in enumerate(header) if h is not None}
        data = {}
        for row in rows:
            cells += sum(v is not None for v in row)
            if row and row[0] is not None:
                data.setdefault(row[0], []).append(row)
            if name in ('Realisasi', 'Anggaran'):
                values += sum(1 for p in PERIODS if p in col and col[p] < len(row) and row[col[p]] is not None)
        book[name] = (col, data)
    wb.close()
    return cells, values


books = cells = values = 0
for path in sys.argv[1:]:
    c, v = read_book(path)
    books, cells, values = books + 1, cells + c, values + v
print(books, cells, values)
