# build --letters: the reports in -o and the letters in their own folder,
# each published whole. A build with a rejected file exits 1 and still
# writes the letters (the verdicts are what the district needs); a letters
# folder that is the output folder, or inside it, or holds it, is refused
# before anything is done (exit 2).
%setup cp -r tests/data/link/base $TMP/ws && cp tests/data/bad/missing-satuan.xml $TMP/ws/opd-dinkes.xml
%args build $TMP/ws -o $TMP/out --format ir --letters $TMP/letters
%exit 1
%check [ -f $TMP/out/kab-contoh/ir.xml ] && [ -f $TMP/letters/index.html ] && [ -f $TMP/letters/kab-contoh.html ] && [ -f $TMP/letters/dinas-a.html ]
%check grep -q '<section class="putusan ditolak">' $TMP/letters/dinkes.html && grep -q 'LKJ0201' $TMP/letters/dinkes.html && grep -q '<p>4 dari 5 kiriman diterima, 1 ditolak.</p>' $TMP/letters/index.html
%check [ ! -e $TMP/out/index.html ] && [ -z "$(ls -A $TMP | grep -E 'lkjip-new|lkjip-old')" ]
%check build/check/lkjip build tests/data/link/base -o $TMP/o2 --letters $TMP/o2 2> $TMP/e1.txt; [ $? = 2 ] && grep -q -- '--letters harus folder di luar folder keluaran -o' $TMP/e1.txt && [ ! -e $TMP/o2 ]
%check build/check/lkjip build tests/data/link/base -o $TMP/o3 --letters $TMP/o3/surat/ 2> /dev/null; [ $? = 2 ] && [ ! -e $TMP/o3 ]
%check mkdir -p $TMP/o4 && build/check/lkjip build tests/data/link/base -o $TMP/o4/out --letters $TMP/o4 2> /dev/null; [ $? = 2 ] && [ ! -e $TMP/o4/out ]
%grep ^lkjip: 5 berkas dibaca \(0 dari cache\), 3 unit, 3 laporan ditulis ke .*/out \(0 tidak berubah\), 1 kiriman ditolak \(0 diganti versi diterima\), 1 kesalahan, 0 peringatan$
%grep ^lkjip: 6 surat ditulis ke .*/letters \(rekap: .*/letters/index.html\)$
