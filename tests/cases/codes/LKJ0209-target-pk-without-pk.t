# A target-pk (versi 1 by default) in a file without any perjanjian-kinerja.
# Located at the <target-pk> (it has no versi attribute to point at), labelled
# like every other element.
%args check tests/data/bad/target-pk-without-pk.xml
%exit 1
%stdout
tests/data/bad/target-pk-without-pk.xml:24:9: kesalahan LKJ0209: <target-pk> di indikator 'DINKES-AKI' merujuk perjanjian kinerja versi '1' yang tidak ada di berkas ini
  saran: periksa ejaan id, atau tambahkan perjanjian kinerja versi tersebut
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
