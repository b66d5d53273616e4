#!/usr/bin/env bash
# make demo's round trip (issue 14, docs/panduan-opd.md): lkjip template
# writes each OPD its workbook, an operator fills a few cells
# (demo/isi-buku-kerja.py, openpyxl), lkjip import reads it back into a
# submission and lkjip check accepts it; the values typed are then read
# from the submission. Usage: demo/round-trip.sh [LKJIP [DIR]], from the
# repository's root (default build/lkjip, out-buku-kerja).
set -eu -o pipefail
lkjip=${1:-build/lkjip} dir=${2:-out-buku-kerja}
rm -rf "$dir" && mkdir -p "$dir"

echo "Buku kerja OPD, pulang-pergi (docs/panduan-opd.md):"
"$lkjip" template samples/ -o "$dir/buku-kerja" --quiet
echo "1. lkjip template samples/ -o $dir/buku-kerja: $(ls "$dir/buku-kerja" | wc -l) buku kerja, satu per OPD"
echo "2. operator Dinas Kesehatan mengisi sel kuning, disimpan sebagai $dir/opd-dinkes.xlsx:"
/usr/bin/python3 demo/isi-buku-kerja.py "$dir/buku-kerja/dinkes.xlsx" "$dir/opd-dinkes.xlsx"
"$lkjip" import "$dir/opd-dinkes.xlsx" -o "$dir/opd-dinkes.xml"
echo "3. lkjip import $dir/opd-dinkes.xlsx -o $dir/opd-dinkes.xml: submisi ditulis"
echo "4. lkjip check --no-link $dir/opd-dinkes.xml:"
"$lkjip" check --no-link "$dir/opd-dinkes.xml" | sed 's/^/   /'

# What the submission now says, for the cells filled above.
value() {
    xmllint --xpath "string(//*[local-name()='$1'][@$2]/*[local-name()='$3']/*[local-name()='bulan'][@ke='12']/@$4)" \
        "$dir/opd-dinkes.xml"
}
stunting=$(value indikator "id='DINKES-STUNTING'" realisasi nilai)
aki=$(value indikator "id='DINKES-AKI'" realisasi pembilang)/$(value indikator "id='DINKES-AKI'" realisasi penyebut)
anggaran=$(value sub-kegiatan "kode='1.02.02.2.02.0001'" realisasi-anggaran nilai)
echo "5. terbaca kembali di submisi (Desember): DINKES-STUNTING $stunting, DINKES-AKI $aki, anggaran 1.02.02.2.02.0001 $anggaran"
[ "$stunting" = 14.5 ] && [ "$aki" = 1/1040 ] && [ "$anggaran" = 51800000 ]
