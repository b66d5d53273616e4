# A value written as text inside <target> (its values are attributes).
# Expected: LKJ0210 (text where none is allowed), not LKJ0202 'the element <target>
# is not expected here'; the hint fits an element that holds only attributes.
%args check tests/data/bad/text-in-empty-target.xml
%exit 1
%stdout
tests/data/bad/text-in-empty-target.xml:23:9: kesalahan LKJ0210: <target tahun="2025"> di indikator 'DINKES-AKI' tidak boleh berisi teks langsung
  saran: elemen ini hanya berisi atribut; hapus teks di dalamnya
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
