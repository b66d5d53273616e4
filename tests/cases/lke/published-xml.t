# The same result as a document (schemas/lke.xsd, <hasil-evaluasi>): full
# precision in nilai, as shown in tampil, valid against the schema.
%args evaluasi --format xml --lke $DATA/lke/lke-kab-sukamaju-2025.lke.xml $DATA/lke/contoh-83-45.lke.xml
%grep <penilaian penilai="evaluator" nilai="83.4494047619048" tampil="83.45" predikat="A" predikat-label="Memuaskan" dijawab="73" kriteria="83">
%grep <komponen id="1" nama="Perencanaan Kinerja" bobot="30" nilai="25.5696428571429" tampil="25.57">
%grep <komponen id="2" nama="Pengukuran Kinerja" bobot="30" nilai="24.9119047619048" tampil="24.91">
%grep <komponen id="3" nama="Pelaporan Kinerja" bobot="15" nilai="12.4767857142857" tampil="12.48">
%grep <komponen id="4" nama="Evaluasi Akuntabilitas Kinerja Internal" bobot="25" nilai="20.4910714285714" tampil="20.49">
%grep <subkomponen id="1.a" bobot="6" nilai="5.4" tampil="5.40" dijawab="0" kriteria="6" nilai-langsung="A"/>
%grep <penilaian penilai="mandiri" nilai="94.0044642857143" tampil="94.00" predikat="AA"
%check xmllint --noout --schema schemas/lke.xsd "$OUT"
