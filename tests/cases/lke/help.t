# --help names evaluasi and its options in both languages; the man page
# describes it.
%args --help
%grep ^  evaluasi JAWABAN.xml\.\.\. \[--lke BERKAS\] \[--data RUANG\] \[--data-tahun TAHUN=RUANG\]$
%grep ^  --data-tahun TAHUN=RUANG$
%grep ^                          dengan evaluasi --data: pengajuan tahun lain dalam periode rencana \(bisa$
%grep ^  --data RUANG            dengan evaluasi: ruang kerja pengajuan \(bisa diulang\); kriteria dari-data$
%grep ^  --lke BERKAS            dengan evaluasi: LKE tahun itu sendiri \(bawaan: PermenPANRB 88/2021\)$
%check $LKJIP --help --lang en | grep -q '^  evaluasi ANSWERS.xml... \[--lke FILE\] \[--data WS\] \[--data-tahun YEAR=WS\]$'
%check $LKJIP --help --lang en | grep -q '^                          (repeatable), for iku-tetap: the IKU added, removed or renamed$'
%check grep -q '^\.BI \\-\\-data\\-tahun " year" = workspace$' docs/lkjip.1
%check grep -q '^\.B lkjip evaluasi$' docs/lkjip.1 && grep -q '^\.BI \\-\\-lke " file"$' docs/lkjip.1 && grep -q '^\.BI \\-\\-data " workspace"$' docs/lkjip.1
