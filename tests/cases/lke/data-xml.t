# The result document with --data: per unit <dari-data> with a <saran> per
# dari-data criterion beside the evaluator's and the unit's answers, what
# differs (berbeda), every item short with file and line (56: 2 + 2 + 1 + 1
# + 1 + 1 + 1 + 4 + 32 + 1 + 1 + 3 + 2 + 1 + 3 over the judged criteria), the criteria only
# people can judge; valid against schemas/lke.xsd; the scores unchanged.
%args evaluasi --format xml samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep <penilaian penilai="evaluator" nilai="69.7083333333333" tampil="69.71" predikat="B"
%grep <dari-data ditemukan="true">
%grep <saran kriteria="1.b.6" kunci="target-setiap-tahun" dinilai="true" nilai="B" memenuhi="9" dari="11" dasar="indikator Renstra" evaluator="B" mandiri="B">
%grep <butir berkas="tests/data/lke/data/gagal.xml" baris="44" id="DINKES-AKI" sebab="tanpa target 2023, 2024"/>
%grep <saran kriteria="3.b.11" kunci="standar-nasional" dinilai="true" nilai="C" memenuhi="6" dari="9" dasar="indikator sasaran" evaluator="B" mandiri="A" berbeda="evaluator mandiri">
%grep <saran kriteria="1.b.8" kunci="iku-tetap" dinilai="false" dasar="perlu data tahun lain dalam periode rencana: --data-tahun TAHUN=RUANG" evaluator="B" mandiri="B"/>
%grep <saran kriteria="2.c.7" kunci="efisiensi-anggaran" dinilai="true" nilai="B" memenuhi="4" dari="5" dasar="program efisien" evaluator="C" mandiri="B" berbeda="evaluator">
%grep <butir berkas="tests/data/lke/data/gagal.xml" baris="427" id="1.02.01" sebab="tidak efisien: capaian 84,91%, serapan 93,75% \(efisiensi -8,84\)"/>
%grep <oleh-orang kriteria="4.c.5"/>
%check [ "$(grep -c '<butir ' "$OUT")" = 56 ]
%check xmllint --noout --schema schemas/lke.xsd "$OUT"
