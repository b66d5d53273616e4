%args --help
%grep ^Pemakaian: lkjip PERINTAH
%grep check JALUR
%grep Kode keluar: 0 bersih
%grep ^  --letters FOLDER        dengan check dan build: surat "Hasil Pemeriksaan Kiriman" per berkas$
%grep ^  check JALUR\.\.\.      periksa submisi: berkas \.xml/\.xml\.gz, buku kerja OPD \.xlsx \(diimpor$
