#!/usr/bin/python3
"""Writes the fixtures of tests/cases/lke/data-1-b-8-*.t (iku-tetap): the
IKU of Dinas Kesehatan in 2025 (--data) and in two earlier years of its
plan period (--data-tahun), 2023 the same, 2024 changed; and 2020, outside
the plan period. Also capaian-batas.xml (data-1-c-3-batas.t): capaian-target
judged on the capaian as shown, 99.995 % counting as 100,00. Run from the
repository root:  /usr/bin/python3 tests/data/lke/iku/derive.py
"""
HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<!-- iku-tetap (docs/lke.md, section 5): Dinas Kesehatan's IKU in %(year)d%(what)s; tests/data/lke/iku/derive.py -->
<submisi xmlns="urn:lkjip:submission:1" tahun="%(year)d">
  <unit id="dinkes" tingkat="opd" kode="1.02.0.00.0.00.01.0000" induk="kab-sukamaju">
    <nama>Dinas Kesehatan Kabupaten Sukamaju</nama>
    <kepala>
      <nama>dr. Siti Aminah, M.Kes.</nama>
      <jabatan>Kepala Dinas Kesehatan</jabatan>
      <nip>197503122002122003</nip>
    </kepala>
    <atasan>
      <nama>H. Ahmad Fauzi, S.H.</nama>
      <jabatan>Bupati Sukamaju</jabatan>
    </atasan>
  </unit>
  <periode-rencana dokumen="Renstra" awal="%(first)d" akhir="%(last)d"/>
  <tujuan id="DINKES-T1">
    <uraian>Meningkatkan derajat kesehatan masyarakat</uraian>
    <sasaran id="DINKES-S1">
      <uraian>Menurunnya angka kematian ibu dan bayi</uraian>
'''
IND = '''      <indikator id="%(id)s" polaritas="%(pol)s" agregasi="terakhir" iku="%(iku)s">
        <nama>%(name)s</nama>
        <satuan>%(unit)s</satuan>
        <target tahun="%(year)d" nilai="%(t)s"/>
        <realisasi tahun="%(year)d">
          <tahunan nilai="%(r)s"/>
        </realisasi>
      </indikator>
'''
TAIL = '''    </sasaran>
  </tujuan>
  <program kode="1.02.02" mendukung="DINKES-S1">
    <nama>Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat</nama>
    <kegiatan kode="1.02.02.2.02">
      <nama>Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota</nama>
      <sub-kegiatan kode="1.02.02.2.02.0001">
        <nama>Pengelolaan Pelayanan Kesehatan Ibu Hamil</nama>
        <pagu>250000000</pagu>
      </sub-kegiatan>
    </kegiatan>
  </program>
</submisi>
'''
AKI = dict(id="DINKES-AKI", pol="negatif", name="Angka Kematian Ibu", unit="per 100.000 KH", t="95")
AKB = dict(id="DINKES-AKB", pol="negatif", name="Angka Kematian Bayi", unit="per 1.000 KH", t="8.5")
UHC = dict(id="DINKES-UHC", pol="positif", name="Persentase Penduduk Peserta Jaminan Kesehatan Nasional",
           unit="persen", t="98")
SBS = dict(id="DINKES-SBS", pol="positif", name="Persentase Desa Stop Buang Air Besar Sembarangan",
           unit="persen", t="80")


def write(name, year, what, inds, plan=(2021, 2026)):
    s = HEAD % dict(year=year, what=what, first=plan[0], last=plan[1])
    for ind, iku in inds:
        d = dict(ind)
        d.setdefault("r", d["t"])
        d.update(year=year, iku=iku)
        s += IND % d
    with open("tests/data/lke/iku/" + name, "w", encoding="utf-8") as f:
        f.write(s + TAIL)


write("iku-2025.xml", 2025, "", [(AKI, "ya"), (AKB, "ya"), (UHC, "ya"), (SBS, "tidak")])
write("iku-2023.xml", 2023, ", the same as in 2025", [(AKI, "ya"), (AKB, "ya"), (UHC, "ya"), (SBS, "tidak")])
write("iku-2020.xml", 2020, ", under the Renstra 2016-2021, before the plan period of 2025 (LKJ0826)",
      [(AKI, "ya"), (AKB, "ya"), (UHC, "ya"), (SBS, "tidak")], plan=(2016, 2021))
RENAMED = dict(AKB, name="Angka Kematian Bayi per 1.000 Kelahiran Hidup")
write("iku-2024-berubah.xml", 2024, ": AKB named otherwise, UHC not an IKU, SBS an IKU (each unlike 2025)",
      [(AKI, "ya"), (RENAMED, "ya"), (UHC, "tidak"), (SBS, "ya")])

# capaian-target at its bound: the capaian as the report shows it (two
# decimals): 99.995 is shown 100,00 and reaches the target, 99.994 (99,99)
# does not; AKI and AKB exactly on target (100).
write("capaian-batas.xml", 2025, ": capaian-target at 100 %, as shown",
      [(AKI, "ya"), (AKB, "ya"), (dict(UHC, t="100", r="99.995"), "ya"), (dict(SBS, t="100", r="99.994"), "tidak")])
