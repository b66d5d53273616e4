# awal after akhir.
# Expected: the message says what is wrong (the period is reversed), not that
# 2025 lies outside '2026–2021'.
%args check tests/data/bad/period-reversed.xml
%exit 1
%stdout
tests/data/bad/period-reversed.xml:15:38: kesalahan LKJ0321: periode rencana 2026–2021 terbalik: awal sesudah akhir
  saran: periksa atribut tahun pada <submisi> dan awal/akhir pada <periode-rencana>
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
