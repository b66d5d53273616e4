#!/usr/bin/python3
# What docs/panduan-opd.md says about the workbook of `lkjip template`,
# asserted on Dinas Kesehatan's (argument: the workbook), with openpyxl.
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
YELLOW, GREY = "FFFFF2CC", "FFD9D9D9"

# "Buku kerja berisi enam lembar, dalam urutan ini" (and one hidden).
assert wb.sheetnames == ["Petunjuk", "Identitas", "Indikator", "Realisasi", "Anggaran", "Narasi", "lkjip"]
assert [wb[n].sheet_state for n in wb.sheetnames[:6]] == ["visible"] * 6 and wb["lkjip"].sheet_state == "veryHidden"

# Yellow cells are exactly the unlocked ones; every sheet is protected,
# without a password; rows and columns may be resized and hidden, not
# inserted or deleted.
for ws in wb.worksheets[:6]:
    p = ws.protection
    assert p.sheet and not p.password, ws.title
    if ws.title != "Petunjuk":
        assert not p.formatRows and not p.formatColumns, ws.title
    assert p.insertRows and p.deleteRows and p.insertColumns and p.deleteColumns, ws.title
    for row in ws.iter_rows():
        for c in row:
            yellow = c.fill.fill_type is not None and c.fill.fgColor.rgb == YELLOW
            assert yellow == (not c.protection.locked), (ws.title, c.coordinate)

# Identitas: column C, the NIP a text cell; the unit's own rows locked.
ident = {r[0].value: r for r in wb["Identitas"].iter_rows(min_row=2)}
assert ident["kepala.nip"][2].number_format == "@" and not ident["kepala.nip"][2].protection.locked
assert ident["unit.id"][2].protection.locked and ident["unit.id"][2].value == "dinkes"

# Indikator: locked, with the columns the guide lists.
ind = wb["Indikator"]
head = [c.value for c in ind[1]]
for h in ["Kunci", "Tingkat", "Induk", "Indikator", "Satuan", "Polaritas", "Agregasi", "Target 2025",
          "Target PK 2025", "Pengali", "Skala"]:
    assert h in head, h
assert all(c.protection.locked for row in ind.iter_rows() for c in row)
aki = next(r for r in ind.iter_rows(min_row=2) if r[0].value == "DINKES-AKI")
assert aki[head.index("Pengali")].value == 100000                 # "100.000 untuk AKI"

# Realisasi: E-P months, Q-T quarters, U Tahunan; a ratio has two rows;
# a period the indicator does not use is grey and locked; numbers are
# validated with the message "Bukan angka".
rea = wb["Realisasi"]
head = [c.value for c in rea[1]]
assert head[4:21] == ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
                      "TW I", "TW II", "TW III", "TW IV", "Tahunan"], head
rows = {(r[0].value, r[1].value): r for r in rea.iter_rows(min_row=2)}
assert ("DINKES-AKI", "pembilang") in rows and ("DINKES-AKI", "penyebut") in rows
assert rows[("DINKES-AKI", "pembilang")][4].value == 1 and rows[("DINKES-AKI", "penyebut")][4].value == 1012
uhh = rows[("DINKES-UHH", "nilai")]
assert uhh[4].protection.locked and uhh[4].fill.fgColor.rgb == GREY and not uhh[20].protection.locked
pbi = rows[("DINKES-PBI", "nilai")]
assert pbi[5].coordinate == "F14" and pbi[6].coordinate == "G14"  # the cells of section 6.1
titles = {v.errorTitle for v in rea.data_validations.dataValidation}
assert titles == {"Bukan angka"}, titles

# Anggaran: D-O months, whole rupiah >= 0 ("Bukan rupiah penuh"), shown
# 51.800.000 (#,##0); pagu locked; 1.02.02.2.02.0001 is row 7.
ang = wb["Anggaran"]
head = [c.value for c in ang[1]]
assert head[:4] == ["Kunci", "Sub Kegiatan", "Pagu", "Jan"] and head[14] == "Des", head
sub = next(r for r in ang.iter_rows(min_row=2) if r[0].value == "1.02.02.2.02.0001")
assert sub[0].row == 7 and sub[2].protection.locked and sub[2].value == 485000000
assert sub[14].number_format == "#,##0" and not sub[14].protection.locked
vals = ang.data_validations.dataValidation
assert {(v.type, v.operator, v.formula1, v.errorTitle) for v in vals} == {("whole", "greaterThanOrEqual", "0", "Bukan rupiah penuh")}

# Narasi: the chapters and the four analyses of each sasaran, in column C.
nar = {r[0].value: r for r in wb["Narasi"].iter_rows(min_row=2)}
for k in ["ikhtisar", "pendahuluan", "perencanaan", "akuntabilitas", "anggaran", "penutup",
          "DINKES-S1/konteks", "DINKES-S1/penyebab", "DINKES-S1/solusi", "DINKES-S1/efisiensi"]:
    assert k in nar and not nar[k][2].protection.locked, k
print("ok")
