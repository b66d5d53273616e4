# lkjip import BOOK.xlsx... -o FOLDER: several workbooks in one process,
# each to FOLDER/NAME.xml (the workbook's name made safe), byte for byte
# what importing each alone writes; a workbook with problems (exit 1) or
# that cannot be read (exit 3) is reported by name and the others are still
# written (made durable by one syncfs, then renamed: no temporary file left). Several workbooks need
# -o, take no --plan, and may not land on the same file (exit 2).
%setup build/check/lkjip template samples -o $TMP/wb --quiet && cp $TMP/wb/dinkes.xlsx $TMP/Dinas.Kesehatan.xlsx && printf 'bukan zip' > $TMP/rusak.xlsx
%args import $TMP/wb/dinkes.xlsx $TMP/wb/dlh.xlsx $TMP/Dinas.Kesehatan.xlsx -o $TMP/out
%check [ "$(ls $TMP/out | tr '\n' ' ')" = "dinas-kesehatan.xml dinkes.xml dlh.xml " ]
%check $LKJIP import $TMP/wb/dlh.xlsx -o $TMP/dlh-alone.xml && cmp $TMP/dlh-alone.xml $TMP/out/dlh.xml && cmp $TMP/out/dinkes.xml $TMP/out/dinas-kesehatan.xml
%check $LKJIP import $TMP/rusak.xlsx $TMP/wb/dpupr.xlsx -o $TMP/out2 2> $TMP/err2; [ $? = 1 ] && grep -q '^rusak.xlsx: kesalahan LKJ0710' $TMP/err2 && [ "$(ls $TMP/out2)" = dpupr.xml ]
%check $LKJIP import $TMP/tidak-ada.xlsx $TMP/wb/dlh.xlsx -o $TMP/out3 2> $TMP/err3; [ $? = 3 ] && grep -q '^tidak-ada.xlsx: .* LKJ0001' $TMP/err3 && [ "$(ls -a $TMP/out3 | tr '\n' ' ')" = ". .. dlh.xml " ]
%check $LKJIP import $TMP/wb/dlh.xlsx -o $TMP/out && ls $TMP/out | grep -qx dlh.xml && [ -d $TMP/out ]
%check $LKJIP import $TMP/wb/dinkes.xlsx $TMP/wb/dlh.xlsx 2> $TMP/e1; [ $? = 2 ] && grep -q 'memerlukan -o FOLDER' $TMP/e1
%check $LKJIP import $TMP/wb/dinkes.xlsx $TMP/wb/dlh.xlsx --plan samples/kab-sukamaju/opd-dlh.xml -o $TMP/o3 2> $TMP/e2; [ $? = 2 ] && grep -q -- '--plan hanya untuk satu' $TMP/e2
%check mkdir -p $TMP/x && cp $TMP/wb/dlh.xlsx $TMP/x/ && $LKJIP import $TMP/wb/dlh.xlsx $TMP/x/dlh.xlsx -o $TMP/o4 2> $TMP/e3; [ $? = 2 ] && grep -q 'ke berkas yang sama' $TMP/e3 && [ ! -e $TMP/o4 ]
