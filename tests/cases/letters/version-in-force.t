# The gate and the letters: the night before, every file was accepted; now
# Dinas Kesehatan sends a file without a <satuan>. build --letters keeps
# its last accepted version in the reports, and its letter says DITOLAK and
# that the version accepted on 3 November 2025 stays in force (the letter
# document's <putusan status="ditolak"><versi-berlaku .../>); the other
# letters carry nothing of the kind. A rejected file of a unit that has no
# accepted version says nothing about one.
%timeout 60
%setup cp -r samples $TMP/ws && touch -d '2025-11-03 10:00 UTC' $TMP/ws/*/* && build/check/lkjip build $TMP/ws -o $TMP/out --format ir -q
%setup sed -i '0,/<satuan>/{/<satuan>/d}' $TMP/ws/kab-sukamaju/opd-dinkes.xml && touch -d '2025-11-20 09:00 UTC' $TMP/ws/kab-sukamaju/opd-dinkes.xml && cp tests/data/bad/kegiatan-code.xml $TMP/ws/kab-sukamaju/opd-baru.xml && sed -i 's/unit id="dinkes"/unit id="dinas-baru"/' $TMP/ws/kab-sukamaju/opd-baru.xml
%args build $TMP/ws -o $TMP/out --format ir --letters $TMP/l
%exit 1
%grep ^lkjip: .*/ws/kab-sukamaju/opd-dinkes.xml: ditolak \(1 kesalahan\); unit dinkes: tetap memakai versi diterima 2025-11-03$
%check grep -q '<strong>DITOLAK</strong>' $TMP/l/dinkes.html && grep -q '<p class="versi-berlaku">Versi yang diterima pada 3 November 2025 tetap berlaku sampai kiriman baru diterima. (<bdi>[^<]*/ws/kab-sukamaju/opd-dinkes.xml</bdi>)</p>' $TMP/l/dinkes.html
%check grep -q '<strong>DITOLAK</strong>' $TMP/l/dinas-baru.html && ! grep -q 'class="versi-berlaku"' $TMP/l/dinas-baru.html
%check [ "$(grep -l 'class="versi-berlaku"' $TMP/l/*.html)" = "$TMP/l/dinkes.html" ]
%check grep -q '<p>8 dari 10 kiriman diterima, 2 ditolak.</p>' $TMP/l/index.html
