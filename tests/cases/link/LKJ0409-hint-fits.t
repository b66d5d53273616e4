# Issue 12 item 5: LKJ0409's hint fits the unknown id. Spaces around a minus
# only for an id that reads as a subtraction of known indikator ids and
# numbers (KAB-UHH-KAB-MISKIN, two ids); a sasaran's id is said to be one;
# an id without a '-' (UHHX), or whose pieces are not all known
# (KAB-UHHX-20), gets "check the spelling".
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's#<satuan>orang</satuan>#<satuan>orang</satuan><rumus>UHHX + KAB-UHHX-20 + KAB-UHH-KAB-MISKIN + KAB-S2</rumus>#' $TMP/ws/opd-a.xml
%args check --link $TMP/ws
%exit 1
%stdout
$TMP/ws/opd-a.xml:18:31: kesalahan LKJ0409: rumus indikator 'A-I1' merujuk 'UHHX', yang bukan indikator di ruang kerja
  saran: periksa ejaan 'UHHX': rumus menyebut id indikator dari berkas mana pun di ruang kerja
$TMP/ws/opd-a.xml:18:31: kesalahan LKJ0409: rumus indikator 'A-I1' merujuk 'KAB-UHHX-20', yang bukan indikator di ruang kerja
  saran: periksa ejaan 'KAB-UHHX-20': rumus menyebut id indikator dari berkas mana pun di ruang kerja
$TMP/ws/opd-a.xml:18:31: kesalahan LKJ0409: rumus indikator 'A-I1' merujuk 'KAB-UHH-KAB-MISKIN', yang bukan indikator di ruang kerja
  saran: id dalam rumus dibaca selengkap mungkin: untuk mengurangkan, tulis spasi di sekitar tanda minus: KAB-UHH - KAB-MISKIN
$TMP/ws/opd-a.xml:18:31: kesalahan LKJ0409: rumus indikator 'A-I1' merujuk 'KAB-S2', yang bukan indikator di ruang kerja
  saran: 'KAB-S2' adalah sebuah sasaran, bukan indikator: rumus menghitung dengan id indikator
lkjip: 4 berkas diperiksa, 4 kesalahan, 0 peringatan
