#!/usr/bin/python3
"""count-values.py SUBMISSION.xml...: the realisasi values of the report
year and the monthly realisasi anggaran in lkjip import's submissions,
counted as workbook cells (a ratio is two cells: pembilang, penyebut), to
compare with read-openpyxl.py's count of filled Realisasi and Anggaran
cells (bench/import.sh)."""
import sys
import xml.etree.ElementTree as ET

NS = '{urn:lkjip:submission:1}'
total = 0
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    year = root.get('tahun')
    for real in root.iter(NS + 'realisasi'):
        if real.get('tahun') != year:
            continue
        for p in real:
            total += 2 if p.get('pembilang') is not None else 1
    for ra in root.iter(NS + 'realisasi-anggaran'):
        total += len(list(ra))
print(total)
