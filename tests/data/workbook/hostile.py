#!/usr/bin/python3
"""Writes a hostile workbook for the import tests: hostile.py KIND OUT.

bomb (a 100 MiB sheet of zeros), dotdot (an entry ../../evil), absolute
(/etc/evil), doctype (a sheet with a DOCTYPE and an entity), strings (300,000
shared strings), rows (a row numbered 1,000,000), encrypted (an entry marked
encrypted), macro (xl/vbaProject.bin), xls (OLE2 magic), text (not a
workbook), truncated (half of a zip)."""
import sys, zipfile, io

WB = ('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
      '<sheets><sheet name="Realisasi" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
SHEET = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'


def book(extra=(), sheet=SHEET % '', encrypted=False):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('xl/workbook.xml', WB)
        z.writestr('xl/_rels/workbook.xml.rels', RELS)
        z.writestr('xl/worksheets/sheet1.xml', sheet)
        for name, data in extra:
            z.writestr(name, data)
    data = bytearray(out.getvalue())
    if encrypted:  # zipfile clears flag_bits: set bit 0 in every header
        for sig, at in ((b'PK\x03\x04', 6), (b'PK\x01\x02', 8)):
            i = data.find(sig)
            while i >= 0:
                data[i + at] |= 1
                i = data.find(sig, i + 4)
    return bytes(data)


kind, path = sys.argv[1:3]
if kind == 'bomb':
    data = book([('xl/sharedStrings.xml', b'\0' * (100 << 20))])
elif kind == 'dotdot':
    data = book([('../../evil.xml', '<x/>')])
elif kind == 'absolute':
    data = book([('/etc/evil.xml', '<x/>')])
elif kind == 'doctype':
    data = book(sheet='<!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + SHEET % '<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row>')
elif kind == 'strings':
    data = book([('xl/sharedStrings.xml', '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + ''.join('<si><t>%d</t></si>' % (i * 7919 % 1000003) for i in range(300000)) + '</sst>')])
elif kind == 'rows':
    data = book(sheet=SHEET % '<row r="1000000"><c r="A1000000"><v>1</v></c></row>')
elif kind == 'encrypted':
    data = book(encrypted=True)
elif kind == 'macro':
    data = book([('xl/vbaProject.bin', b'\xd0\xcf\x11\xe0')])
elif kind == 'xls':
    data = bytes.fromhex('d0cf11e0a1b11ae1') + b'\0' * 504
elif kind == 'text':
    data = b'Nama,Nilai\nAKI,95\n'
elif kind == 'truncated':
    whole = book()
    data = whole[:len(whole) // 2]
else:
    sys.exit('unknown kind ' + kind)
open(path, 'wb').write(data)
