# Every label key of the stylesheets exists in both languages (i18n/id.xml
# and i18n/en.xml), once each, and every surat.* key a letter uses is there:
# a missing one would show as [key] in a letter.
%args --version
%check diff <(grep -o 'key="[^"]*"' stylesheets/i18n/id.xml | sort) <(grep -o 'key="[^"]*"' stylesheets/i18n/en.xml | sort)
%check [ -z "$(grep -o 'key="[^"]*"' stylesheets/i18n/id.xml | sort | uniq -d)" ]
%check for k in $(grep -o "'surat\.[a-z.-]*[a-z]'" stylesheets/letter-html.xsl | tr -d "'" | sort -u) surat.judul surat.rekap.judul surat.tingkat.note surat.tingkat.warning surat.tingkat.error surat.tingkat.fatal surat.putusan.diterima surat.putusan.ditolak surat.putusan.ditolak.teks.1 surat.peringatan.teks.1 surat.rekap.kelompok.pemda surat.rekap.kelompok.lain surat.rekap.kelompok.semua; do grep -q "key=\"$k\"" stylesheets/i18n/id.xml || { echo "missing $k"; exit 1; }; done
