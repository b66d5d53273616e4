# --help names evaluasi and its options in both languages; the man page
# describes it.
%args --help
%grep ^  evaluasi JAWABAN.xml\.\.\. \[--lke BERKAS\] \[--format text\|xml\] \[-o BERKAS\]$
%grep ^  --lke BERKAS            dengan evaluasi: LKE tahun itu sendiri \(bawaan: PermenPANRB 88/2021\)$
%check $LKJIP --help --lang en | grep -q '^  evaluasi ANSWERS.xml... \[--lke FILE\] \[--format text|xml\] \[-o FILE\]$'
%check grep -q '^\.B lkjip evaluasi$' docs/lkjip.1 && grep -q '^\.BI \\-\\-lke " file"$' docs/lkjip.1
