# --help names evaluasi and its options in both languages; the man page
# describes it.
%args --help
%grep ^  evaluasi JAWABAN.xml\.\.\. \[--lke BERKAS\] \[--data RUANG\] \[--format text\|xml\] \[-o BERKAS\]$
%grep ^  --data RUANG            dengan evaluasi: ruang kerja pengajuan \(bisa diulang\); kriteria dari-data$
%grep ^  --lke BERKAS            dengan evaluasi: LKE tahun itu sendiri \(bawaan: PermenPANRB 88/2021\)$
%check $LKJIP --help --lang en | grep -q '^  evaluasi ANSWERS.xml... \[--lke FILE\] \[--data WS\] \[--format text|xml\] \[-o FILE\]$'
%check grep -q '^\.B lkjip evaluasi$' docs/lkjip.1 && grep -q '^\.BI \\-\\-lke " file"$' docs/lkjip.1 && grep -q '^\.BI \\-\\-data " workspace"$' docs/lkjip.1
