# Graded, text and range indicators (tests/data/workbook/graded: a sample
# OPD with a grade scale): the untouched template imports to the same
# realisasi (grades as predikat, text as teks); grades typed by openpyxl
# (any case, spaces around) come back as the scale's own codes and pass
# lkjip check; a grade not on the scale is an error naming the cell, in
# both languages; the Indikator sheet shows a range target as text.
%setup build/check/lkjip template tests/data/workbook/graded -o $TMP/wb --quiet
%setup /usr/bin/python3 tests/data/workbook/fill.py $TMP/wb/bappeda.xlsx $TMP/filled.xlsx 'BAPPEDA-SAKIP|TW I=b' 'BAPPEDA-SAKIP|TW III= CC ' 'BAPPEDA-SAKIP|TW IV=AA' 'BAPPEDA-DEVIASI|TW III=7.25'
%setup /usr/bin/python3 tests/data/workbook/fill.py $TMP/wb/bappeda.xlsx $TMP/bad.xlsx 'BAPPEDA-SAKIP|TW I=WTP' 'BAPPEDA-SAKIP|TW II=7'
%args import $TMP/wb/bappeda.xlsx -o $TMP/untouched.xml
%check /usr/bin/python3 tests/data/workbook/same.py tests/data/workbook/graded/opd-bappeda.xml $TMP/untouched.xml
%check grep -q '<triwulan ke="2" predikat="BB"/><triwulan ke="4" predikat="A"/>' $TMP/untouched.xml
%check grep -q '<tahunan teks="Perda RPJPD ditetapkan 14 Agustus 2025"/>' $TMP/untouched.xml
%check $LKJIP import $TMP/filled.xlsx -o $TMP/filled.xml && $LKJIP check --no-link $TMP/filled.xml | grep -q '0 kesalahan, 0 peringatan'
%check grep -q '<triwulan ke="1" predikat="B"/><triwulan ke="2" predikat="BB"/><triwulan ke="3" predikat="CC"/><triwulan ke="4" predikat="AA"/>' $TMP/filled.xml
%check grep -q '<triwulan ke="2" nilai="8.25"/><triwulan ke="3" nilai="7.25"/><triwulan ke="4" nilai="6.5"/>' $TMP/filled.xml
%check $LKJIP import $TMP/bad.xlsx -o $TMP/bad.xml 2> $TMP/bad.err; [ $? = 1 ] && [ ! -e $TMP/bad.xml ]
%check grep -qx 'bad.xlsx:Realisasi!Q3: kesalahan LKJ0731: "WTP" bukan tingkat skala predikat-sakip (AA, A, BB, B, CC, C, D)' $TMP/bad.err
%check grep -qx 'bad.xlsx:Realisasi!R3: kesalahan LKJ0731: "7" bukan tingkat skala predikat-sakip (AA, A, BB, B, CC, C, D)' $TMP/bad.err
%check $LKJIP import --lang en $TMP/bad.xlsx 2>&1 >/dev/null | grep -qx 'bad.xlsx:Realisasi!Q3: error LKJ0731: "WTP" is not a grade of the scale predikat-sakip (AA, A, BB, B, CC, C, D)'
%check /usr/bin/python3 -c "import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1])['Indikator']; h=[c.value for c in ws[1]]; r={ws.cell(i,1).value:i for i in range(2,ws.max_row+1)}; v=lambda k,c: ws.cell(r[k],h.index(c)+1).value; sys.exit(not (v('BAPPEDA-DEVIASI','Target 2025')=='0 – 7.5' and v('BAPPEDA-SAKIP','Target 2025')=='A' and v('BAPPEDA-SAKIP','Skala')=='predikat-sakip' and v('BAPPEDA-PERDA','Target 2025')=='Perda RPJPD ditetapkan'))" $TMP/wb/bappeda.xlsx
