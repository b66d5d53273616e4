#!/usr/bin/python3
"""docx-check.py REPORT.docx BOOK.xml — the Word file of issue 13 item 8:
every chart of the DocBook is an image of the .docx, and the Ringkasan
(the Ikhtisar's first table) keeps its columns cell by cell: a sasaran's
second indicator stands in the Indikator column, under empty No and Sasaran
cells, its figures beside it. Prints what differs; exits 1 then."""
import re
import sys
import zipfile

docx, book = sys.argv[1], sys.argv[2]
problems = []
with zipfile.ZipFile(docx) as z:
    images = [n for n in z.namelist() if n.startswith('word/media/')]
    document = z.read('word/document.xml').decode('utf-8')
charts = open(book, encoding='utf-8').read().count('<svg')
if len(images) != charts or charts == 0:
    problems.append(f'{len(images)} images in the .docx, {charts} charts in the DocBook')


def cells(row):
    return [''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>', c)) for c in re.findall(r'<w:tc>.*?</w:tc>', row, re.S)]


table = re.search(r'<w:tbl>.*?</w:tbl>', document, re.S).group(0)
rows = [cells(r) for r in re.findall(r'<w:tr[ >].*?</w:tr>', table, re.S)]
want_head = ['No', 'Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Kategori', 'Ketercapaian']
want_row = ['', '', 'Angka Kematian Bayi (AKB) IKU', '8,5 per 1.000 kelahiran hidup', '8,89', '95,42%',
            'Sangat Tinggi', 'belum tercapai']
if rows[0] != want_head:
    problems.append(f'head {rows[0]}')
if want_row not in rows:
    problems.append('no row ' + repr(want_row) + ' among ' + repr(rows[:4]))
for r in rows:
    if len(r) != len(want_head):
        problems.append(f'a row of {len(r)} cells: {r}')
print('\n'.join(problems))
sys.exit(1 if problems else 0)
