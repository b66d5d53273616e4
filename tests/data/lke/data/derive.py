#!/usr/bin/python3
"""Derives the --data fixtures of tests/cases/lke/data-*.t from the sample
submission of Dinas Kesehatan (samples/kab-sukamaju/opd-dinkes.xml).

Every edit keeps the line count: a removed line becomes an empty line and
an added element goes on an existing line, so that a position in a fixture
is the sample's (the cases assert file:line). Run from the repository root:
    /usr/bin/python3 tests/data/lke/data/derive.py
"""
import re

SRC = "samples/kab-sukamaju/opd-dinkes.xml"
OUT = "tests/data/lke/data/"
NOTE = "<!-- derived from %s by tests/data/lke/data/derive.py: %s -->"


def read():
    with open(SRC, encoding="utf-8") as f:
        return f.read().split("\n")


def write(name, lines, what):
    lines = list(lines)
    lines[0] = lines[0] + NOTE % (SRC, what)
    with open(OUT + name, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def indicator_blocks(lines):
    """(id, first line index, last line index) of every indikator."""
    out, start, ident = [], None, None
    for i, l in enumerate(lines):
        m = re.search(r'<indikator id="([^"]+)"', l)
        if m:
            start, ident = i, m.group(1)
        if "</indikator>" in l and start is not None:
            out.append((ident, start, i))
            start = None
    return out


def block(lines, ident):
    for b in indicator_blocks(lines):
        if b[0] == ident:
            return b
    raise KeyError(ident)


def blank(lines, ident, pattern):
    """Empties the lines of indicator ident that match pattern."""
    _, a, z = block(lines, ident)
    n = 0
    for i in range(a, z + 1):
        if re.search(pattern, lines[i]):
            lines[i] = ""
            n += 1
    assert n, (ident, pattern)


def edit(lines, ident, pattern, repl):
    _, a, z = block(lines, ident)
    for i in range(a, z + 1):
        if re.search(pattern, lines[i]):
            lines[i] = re.sub(pattern, repl, lines[i])
            return
    raise KeyError((ident, pattern))


# lengkap: every criterion the data decides holds (each indicator with a
# definition and a data source, each sasaran indicator with a national
# standard, each reaching its target of 2025: capaian-target).
full = read()
for ident, target in (("DINKES-AKB", "8.9"), ("DINKES-STUNTING", "14.6"), ("DINKES-PBI", "14850")):
    edit(full, ident, r'<target tahun="2025" nilai="[^"]*"/>', '<target tahun="2025" nilai="%s"/>' % target)
    edit(full, ident, r'<target-pk versi="1" nilai="[^"]*"/>', '<target-pk versi="1" nilai="%s"/>' % target)
for ident, a, z in indicator_blocks(full):
    text = "\n".join(full[a:z + 1])
    for i in range(a, z + 1):
        if "<satuan>" in full[i]:
            add = ""
            if "<definisi>" not in text:
                add += "<definisi>Definisi operasional %s.</definisi>" % ident
            if "<sumber-data>" not in text:
                add += "<sumber-data>Dinas Kesehatan</sumber-data>"
            full[i] += add
        if "<realisasi tahun=" in full[i] and "<standar-nasional" not in text and "<target-akhir" in text:
            full[i] = '<standar-nasional nilai="50" sumber="uji"/>' + full[i]
write("lengkap.xml", full, "every dari-data criterion holds")

# gagal: each criterion falls short on one or two items.
bad = read()
blank(bad, "DINKES-AKB", r'<target tahun="2024"')              # target-setiap-tahun
blank(bad, "DINKES-AKI", r'<target tahun="202[34]"')
blank(bad, "DINKES-PERSALINAN", r"<target-akhir ")              # target-akhir-periode
blank(bad, "DINKES-STUNTING", r"<target-akhir ")
blank(bad, "DINKES-PERSALINAN", r"<realisasi-lalu ")            # realisasi-tahun-lalu
blank(bad, "DINKES-SBS", r"<target-pk ")                        # cakupan-pk
edit(bad, "DINKES-AKB", r'<target-pk versi="1" nilai="8.5"/>',  # target-pk-sama-renstra
     '<target-pk versi="1" nilai="8.6"/>')
edit(bad, "DINKES-P01-SAKIP", r'<target tahun="2025" nilai="75"/>',  # efisiensi-anggaran: capaian 84,91
     '<target tahun="2025" nilai="90"/>')                        # against serapan 93,75
_, a, z = block(bad, "DINKES-AKI")                              # realisasi-berkala
for i in range(a, z + 1):
    if "<bulan " in bad[i]:
        bad[i] = '<tahunan pembilang="115" penyebut="12150" pengali="100000"/>' if "<realisasi" in bad[i - 1] else ""
text = "\n".join(bad)
text = text.replace('<sasaran id="DINKES-S3" mendukung="KAB-S3">', '<sasaran id="DINKES-S3">')  # crosscutting
lines = text.split("\n")
# cascade-sub-kegiatan and anggaran-per-sasaran: program 1.02.05 no
# longer names DINKES-S2, which is left without program and budget (the
# schema requires kegiatan in a program and sub kegiatan in a kegiatan).
lines = [l.replace('<program kode="1.02.05" mendukung="DINKES-S2">', '<program kode="1.02.05">') for l in lines]
write("gagal.xml", lines, "each dari-data criterion falls short")

# kosong: no Perjanjian Kinerja and no realisasi at all.
empty = read()
out, skip = [], None
for l in empty:
    if skip:
        out.append("")
        if skip in l:
            skip = None
        continue
    if "<realisasi tahun=" in l and "/>" not in l:
        skip = "</realisasi>"
        out.append("")
        continue
    if "<perjanjian-kinerja " in l:
        skip = "</perjanjian-kinerja>"
        out.append("")
        continue
    if "<target-pk " in l:
        out.append("")
        if "/>" not in l:
            skip = "</target-pk>"
        continue
    if "<anggaran" in l or "<bulan ke=" in l and "realisasi" in l:
        out.append(l)
        continue
    out.append(l)
write("kosong.xml", out, "no Perjanjian Kinerja, no realisasi")
