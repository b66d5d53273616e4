# iku-tetap in English and in the result document: every item short with its file,
# line and cause; the basis names the years compared.
%args --lang en evaluasi --format xml samples/lke/dinkes.lke.xml --data $DATA/lke/iku/iku-2025.xml --data-tahun 2024=$DATA/lke/iku/iku-2024-berubah.xml
%grep <saran kriteria="1.b.8" kunci="iku-tetap" dinilai="true" nilai="D" memenuhi="1" dari="4" dasar="IKU unchanged in 2024, 2025" evaluator="B" mandiri="B" berbeda="evaluator mandiri">
%grep <butir berkas="tests/data/lke/iku/iku-2025.xml" baris="37" id="DINKES-UHC" sebab="added: not an IKU in 2024"/>
%grep <butir berkas="tests/data/lke/iku/iku-2024-berubah.xml" baris="45" id="DINKES-SBS" sebab="removed: an IKU in 2024, not in 2025"/>
%check xmllint --noout --schema schemas/lke.xsd "$OUT"
