#!/usr/bin/python3
"""Writes a filled OPD workbook as docs/workbook.md describes it, with
openpyxl (another writer than lkjip template), for the import tests.

    make.py PLAN.xml OUT.xlsx [--text] [--bad KIND]

The realisasi, anggaran, identitas and narasi cells are filled from PLAN's
own values, so that importing OUT gives PLAN back; the plan is embedded in
the very hidden sheet lkjip (gzip, base64, SHA-256 in A5). --text types
the numbers as Indonesian text ("1.234,5"); --bad KIND breaks one thing:
unknown-key, missing-column, text-number, ambiguous, formula, no-plan,
bad-hash, negative (-5 in Anggaran!E2: the import takes it, the schema
refuses it).
"""
import base64, gzip, hashlib, sys
import xml.etree.ElementTree as ET
from openpyxl import Workbook

NS = '{urn:lkjip:submission:1}'
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']
QUARTERS = ['TW I', 'TW II', 'TW III', 'TW IV']


def indo(v):
    """A number as Indonesian text: 1.234,5"""
    whole, _, frac = ('%.10g' % v).partition('.')
    neg = whole.startswith('-')
    whole = whole.lstrip('-')
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ('-' if neg else '') + '.'.join(groups) + (',' + frac if frac else '')


def main():
    args = sys.argv[1:]
    text = '--text' in args
    bad = args[args.index('--bad') + 1] if '--bad' in args else None
    plan_path, out = [a for a in args if not a.startswith('--') and a != bad][:2]
    raw = open(plan_path, 'rb').read()
    root = ET.fromstring(raw)
    year = root.get('tahun')
    wb = Workbook()
    wb.active.title = 'Petunjuk'
    wb.active['A1'] = 'Isi lembar Realisasi, Anggaran dan Narasi.'

    ident = wb.create_sheet('Identitas')
    ident.append(['Kunci', 'Keterangan', 'Isi'])
    unit = root.find(NS + 'unit')
    kepala = unit.find(NS + 'kepala')
    for field in ['nama', 'jabatan', 'nip', 'pangkat']:
        e = kepala.find(NS + field)
        if e is not None:
            ident.append(['kepala.' + field, field, e.text])
    if unit.find(NS + 'alamat') is not None:
        ident.append(['alamat', 'Alamat', unit.find(NS + 'alamat').text])

    real = wb.create_sheet('Realisasi')
    header = ['Kunci', 'Jenis', 'Indikator', 'Satuan'] + MONTHS + QUARTERS + ['Tahunan']
    if bad == 'missing-column':
        header[1] = 'Jenis?'
    real.append(header)
    col = {h: i + 1 for i, h in enumerate(header)}
    for ind in root.iter(NS + 'indikator'):
        r = [x for x in ind.findall(NS + 'realisasi') if x.get('tahun') == year]
        if not r or ind.find(NS + 'rumus') is not None:
            continue
        periods = list(r[0])
        if not periods or any(p.get('nilai') is None and p.get('pembilang') is None for p in periods):
            continue
        ratio = periods[0].get('pembilang') is not None
        kinds = ['pembilang', 'penyebut'] if ratio else ['nilai']
        for kind in kinds:
            row = real.max_row + 1
            real.cell(row, 1, ind.get('id'))
            real.cell(row, 2, kind)
            real.cell(row, 3, ind.find(NS + 'nama').text)
            real.cell(row, 4, ind.find(NS + 'satuan').text)
            for p in periods:
                tag = p.tag[len(NS):]
                h = MONTHS[int(p.get('ke')) - 1] if tag == 'bulan' else \
                    QUARTERS[int(p.get('ke')) - 1] if tag == 'triwulan' else 'Tahunan'
                v = float(p.get(kind))
                real.cell(row, col[h], indo(v) if text else (int(v) if v == int(v) else v))
    if bad == 'unknown-key':
        real.cell(5, 1, 'DINKES-TIDAK-ADA')
    if bad == 'text-number':
        real['G3'] = 'sembilan'
    if bad == 'ambiguous':
        real['F2'] = '1.250'
    if bad == 'formula':
        real['F2'] = '=1+1'

    ang = wb.create_sheet('Anggaran')
    ang.append(['Kunci', 'Sub Kegiatan', 'Pagu'] + MONTHS)
    for sub in root.iter(NS + 'sub-kegiatan'):
        row = [sub.get('kode'), sub.find(NS + 'nama').text, int(float(sub.find(NS + 'pagu').text))]
        months = [None] * 12
        ra = sub.find(NS + 'realisasi-anggaran')
        for b in (ra if ra is not None else []):
            v = int(float(b.get('nilai')))
            months[int(b.get('ke')) - 1] = ('Rp ' + indo(v)) if text else v
        ang.append(row + months)
    if bad == 'negative':
        ang['E2'] = -5

    nar = wb.create_sheet('Narasi')
    nar.append(['Kunci', 'Bagian', 'Teks'])

    def blocks(e):
        out = []
        for b in e:
            if b.tag == NS + 'p':
                out.append(''.join(b.itertext()).strip())
            else:
                out.append('\n'.join('- ' + ''.join(li.itertext()).strip() for li in b))
        return '\n\n'.join(out)
    for n in root.findall(NS + 'narasi'):
        nar.append([n.get('bab'), n.get('bab'), blocks(n)])

    meta = wb.create_sheet('lkjip')
    meta.sheet_state = 'veryHidden'
    if bad != 'no-plan':
        packed = base64.b64encode(gzip.compress(raw, mtime=0)).decode()
        digest = hashlib.sha256(raw).hexdigest()
        if bad == 'bad-hash':
            digest = '0' * 64
        meta['A1'] = 'lkjip-workbook 1'
        meta['A2'] = unit.get('id')
        meta['A3'] = year
        meta['A4'] = year
        meta['A5'] = digest
        for i in range(0, len(packed), 32000):
            meta.cell(6 + i // 32000, 1, packed[i:i + 32000])
    else:
        wb.remove(meta)
    wb.save(out)


main()
