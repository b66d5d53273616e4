# build --letters with a workbook: its letter is named after the unit the
# workbook's plan names (dinkes.html), and each problem shows its cell
# ("sel Anggaran!E2"; schemas/letter.xsd masalah/@sel) instead of a line.
%timeout 120
%setup cp -r samples $TMP/ws && rm $TMP/ws/kab-sukamaju/opd-dinkes.xml && /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/ws/kab-sukamaju/opd-dinkes.xlsx --bad negative
%args build $TMP/ws -o $TMP/out --format ir --letters $TMP/letters
%exit 1
%check grep -q '<section class="putusan ditolak">' $TMP/letters/dinkes.html && grep -q 'sel Anggaran!E2' $TMP/letters/dinkes.html && grep -q 'LKJ0211' $TMP/letters/dinkes.html
%check ! grep -q 'baris [0-9]' $TMP/letters/dinkes.html
%check build/check/lkjip build $TMP/ws -o $TMP/out-en --format ir --letters $TMP/letters-en --lang en --state $TMP/s-en > /dev/null; [ $? = 1 ] && grep -q 'cell Anggaran!E2' $TMP/letters-en/dinkes.html
%grep ^lkjip: 10 surat ditulis ke
