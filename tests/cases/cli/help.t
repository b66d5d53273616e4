%args --help
%grep ^Pemakaian: lkjip PERINTAH
%grep check JALUR
%grep Kode keluar: 0 bersih
