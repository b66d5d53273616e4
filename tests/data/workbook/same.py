#!/usr/bin/python3
"""same.py A.xml B.xml: the realisasi (numbers, ratios, grades, text), realisasi anggaran, kepala and narasi
of two submissions are equal (exit 1 and the first difference otherwise)."""
import sys, xml.etree.ElementTree as ET
NS = '{urn:lkjip:submission:1}'


def facts(path):
    r = ET.parse(path).getroot()
    out = []
    for ind in r.iter(NS + 'indikator'):
        for x in ind.findall(NS + 'realisasi'):
            for q in x:
                out.append((ind.get('id'), q.tag, q.get('ke')) +
                           tuple(float(q.get(k)) if q.get(k) else None for k in ('nilai', 'pembilang', 'penyebut', 'pengali')) +
                           (q.get('predikat'), q.get('teks')))
    for s in r.iter(NS + 'sub-kegiatan'):
        for b in s.iter(NS + 'bulan'):
            out.append((s.get('kode'), b.get('ke'), float(b.get('nilai'))))
    out.append(tuple(e.text for e in r.find(NS + 'unit').find(NS + 'kepala')))
    for n in r.findall(NS + 'narasi'):
        out.append((n.get('bab'),) + tuple(' '.join(' '.join(t.itertext()).split()) for t in n.iter() if t.tag in (NS + 'p', NS + 'li')))
    return out


a, b = facts(sys.argv[1]), facts(sys.argv[2])
for x, y in zip(a, b):
    if x != y:
        sys.exit('differ: %r\n        %r' % (x, y))
if len(a) != len(b):
    sys.exit('differ: %d facts, %d facts' % (len(a), len(b)))
