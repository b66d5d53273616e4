#!/usr/bin/python3
# Opens the workbooks of `lkjip template samples/kab-sukamaju` with another
# reader (openpyxl) and asserts real cells (tests/cases/template/samples.t).
import base64, gzip, hashlib, sys
import openpyxl

out = sys.argv[1]
units = ["bappeda", "dinkes", "dinsos", "disdikbud", "dlh", "dpupr"]
for u in units:
    wb = openpyxl.load_workbook(f"{out}/{u}.xlsx")
    assert wb.sheetnames == ["Petunjuk", "Identitas", "Indikator", "Realisasi", "Anggaran", "Narasi", "lkjip"], wb.sheetnames
    assert wb["lkjip"].sheet_state == "veryHidden", (u, wb["lkjip"].sheet_state)
    for name in wb.sheetnames:
        assert wb[name].protection.sheet, (u, name, "not protected")
    meta = wb["lkjip"]
    assert meta["A1"].value == "lkjip-workbook 1" and meta["A2"].value == u and meta["A3"].value == 2025
    assert meta["A4"].value == "2025"
    chunks, r = [], 6
    while meta.cell(r, 1).value:
        assert len(meta.cell(r, 1).value) <= 32000
        chunks.append(meta.cell(r, 1).value)
        r += 1
    xml = gzip.decompress(base64.b64decode("".join(chunks)))
    assert hashlib.sha256(xml).hexdigest() == meta["A5"].value, u
    assert f'<unit id="{u}"'.encode() in xml
    for name in ["Identitas", "Indikator", "Realisasi", "Anggaran", "Narasi"]:
        assert wb[name]["A1"].value == "Kunci" and wb[name]["A1"].protection.locked

wb = openpyxl.load_workbook(f"{out}/dinkes.xlsx")
rows = {(r[0].value, r[1].value): r for r in wb["Realisasi"].iter_rows(min_row=2)}
aki = rows[("DINKES-AKI", "pembilang")]
assert aki[4].value == 1 and aki[6].value == 2, [c.value for c in aki]   # Jan, Mar
assert not aki[4].protection.locked and aki[4].number_format == "#,##0.##"
assert aki[20].protection.locked and aki[20].value is None               # Tahunan: not a period of AKI
assert rows[("DINKES-AKI", "penyebut")][4].value == 1012
uhh = rows[("DINKES-UHH", "nilai")]
assert uhh[20].value == 74.71 and not uhh[20].protection.locked and uhh[4].protection.locked
val = {str(v.sqref): v for v in wb["Realisasi"].data_validations.dataValidation}
row = aki[0].row
assert val[f"E{row}:P{row}"].type == "decimal" and val[f"E{row}:P{row}"].operator == "greaterThanOrEqual"

ang = {r[0].value: r for r in wb["Anggaran"].iter_rows(min_row=2)}
sub = ang["1.02.01.2.01.0001"]
assert sub[2].value == 85000000 and sub[2].protection.locked and sub[2].number_format == "#,##0"
assert sub[4].value == 2173000 and not sub[4].protection.locked
av = [v for v in wb["Anggaran"].data_validations.dataValidation if f"D{sub[0].row}" in str(v.sqref)]
assert av and av[0].type == "whole" and av[0].operator == "greaterThanOrEqual" and av[0].formula1 == "0"

ind = {r[0].value: r for r in wb["Indikator"].iter_rows(min_row=2)}
head = [c.value for c in wb["Indikator"][1]]
assert ind["DINKES-AKI"][head.index("Target 2025")].value == 95
assert ind["DINKES-AKI"][head.index("Pengali")].value == 100000
assert ind["DINKES-AKI"][head.index("Polaritas")].value == "negatif"

ident = {r[0].value: r[2] for r in wb["Identitas"].iter_rows(min_row=2)}
assert ident["kepala.nip"].value == "197503122002122003" and not ident["kepala.nip"].protection.locked
assert ident["unit.id"].value == "dinkes" and ident["unit.id"].protection.locked

nar = {r[0].value: r[2].value for r in wb["Narasi"].iter_rows(min_row=2)}
assert nar["pendahuluan"].startswith("Dinas Kesehatan dibentuk")
assert "DINKES-S1/konteks" in nar

print("workbooks ok")
