# LKJ0825: lkjip evaluasi takes a workbook as answers only when it is an
# LKE answer sheet of its own (the very hidden sheet lkjip says so); an
# OPD workbook of lkjip template is a submission, and says why.
%setup build/check/lkjip template samples/kab-sukamaju -o $TMP/wb --quiet
%args evaluasi $TMP/wb/dinkes.xlsx
%exit 1
%check grep -q 'dinkes.xlsx:lkjip!A1: kesalahan LKJ0825: buku kerja ini bukan lembar jawaban LKE dari lkjip evaluasi --format xlsx: buku kerja OPD dari lkjip template' $ERR
