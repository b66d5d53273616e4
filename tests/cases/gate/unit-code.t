# Issue 12: two OPDs of one pemda with one unit code (Kepmendagri 050) are
# an error at link (LKJ0420), found by plain `check DIR`.
%setup cp -r samples $TMP/ws && sed -i 's/kode="2.11.0.00.0.00.01.0000"/kode="1.02.0.00.0.00.01.0000"/' $TMP/ws/kab-sukamaju/opd-dlh.xml
%args check $TMP/ws
%exit 1
%grep opd-dlh.xml:3:3: kesalahan LKJ0420: unit 'dlh' memakai kode '1.02.0.00.0.00.01.0000', yang sudah dipakai unit 'dinkes' \(.*opd-dinkes.xml:3\) di pemda yang sama
