# Every number of a submission is looked at: a grade's nilai, bobot, bawah
# and atas (white space around it allowed), pembilang, penyebut, pengali, a
# negative value, the pagu (named by its sub kegiatan) and a month's
# spending; outside an indikator the hint offers no desimal.
%args check --lang en tests/data/bad/thousands-every-number.xml
%stdout
tests/data/bad/thousands-every-number.xml:13:23: warning LKJ0322: the nilai '1.500' of tingkat A reads as 1.5 or as 1,500 (a dot as thousands separator); lkjip reads 1.5
  hint: write 1500 if you mean 1,500; if you mean 1.5, write 1.5
tests/data/bad/thousands-every-number.xml:19:72: warning LKJ0322: the bobot '1.500' of indikator 'DINKES-AKI' reads as 1.5 or as 1,500 (a dot as thousands separator); lkjip reads 1.5
  hint: write 1500 if you mean 1,500; if you mean 1.5, write 1.5 (or declare desimal="3" on the <indikator>)
tests/data/bad/thousands-every-number.xml:22:30: warning LKJ0322: the bawah '1.250' of <target tahun="2025"> in indikator 'DINKES-AKI' reads as 1.25 or as 1,250 (a dot as thousands separator); lkjip reads 1.25
  hint: write 1250 if you mean 1,250; if you mean 1.25, write 1.25 (or declare desimal="3" on the <indikator>)
tests/data/bad/thousands-every-number.xml:22:44: warning LKJ0322: the atas '2.500' of <target tahun="2025"> in indikator 'DINKES-AKI' reads as 2.5 or as 2,500 (a dot as thousands separator); lkjip reads 2.5
  hint: write 2500 if you mean 2,500; if you mean 2.5, write 2.5 (or declare desimal="3" on the <indikator>)
tests/data/bad/thousands-every-number.xml:24:25: warning LKJ0322: the pembilang '1.010' of <bulan ke="1"> in indikator 'DINKES-AKI' reads as 1.01 or as 1,010 (a dot as thousands separator); lkjip reads 1.01
  hint: write 1010 if you mean 1,010; if you mean 1.01, write 1.01 (or declare desimal="3" on the <indikator>)
tests/data/bad/thousands-every-number.xml:24:43: warning LKJ0322: the penyebut '2.020' of <bulan ke="1"> in indikator 'DINKES-AKI' reads as 2.02 or as 2,020 (a dot as thousands separator); lkjip reads 2.02
  hint: write 2020 if you mean 2,020; if you mean 2.02, write 2.02 (or declare desimal="3" on the <indikator>)
tests/data/bad/thousands-every-number.xml:24:60: warning LKJ0322: the pengali '100.000' of <bulan ke="1"> in indikator 'DINKES-AKI' reads as 100 or as 100,000 (a dot as thousands separator); lkjip reads 100
  hint: write 100000 if you mean 100,000; if you mean 100, write 100 (or declare desimal="3" on the <indikator>)
tests/data/bad/thousands-every-number.xml:26:38: warning LKJ0322: the nilai '-1.250' of <realisasi-lalu tahun="2024"> in indikator 'DINKES-AKI' reads as -1.25 or as -1,250 (a dot as thousands separator); lkjip reads -1.25
  hint: write -1250 if you mean -1,250; if you mean -1.25, write -1.25 (or declare desimal="3" on the <indikator>)
tests/data/bad/thousands-every-number.xml:36:9: warning LKJ0322: the pagu '250.000' of sub-kegiatan 1.02.02.2.02.0001 reads as 250 or as 250,000 (a dot as thousands separator); lkjip reads 250
  hint: write 250000 if you mean 250,000; if you mean 250, write 250
tests/data/bad/thousands-every-number.xml:38:25: warning LKJ0322: the nilai '12.125' of <bulan ke="1"> in sub-kegiatan 1.02.02.2.02.0001 reads as 12.125 or as 12,125 (a dot as thousands separator); lkjip reads 12.125
  hint: write 12125 if you mean 12,125; if you mean 12.125, write 12.1250
lkjip: 1 file checked, 0 errors, 10 warnings
