# libzip and libxlsxwriter are loaded the first time a workbook is read or
# written (src/workbook_libs.c), not at every start: lkjip is not linked
# against them, and checking or building XML submissions never loads them.
# A library that cannot be loaded (a broken installation; the test hooks
# LKJIP_TEST_LIBZIP and LKJIP_TEST_LIBXLSXWRITER name one that is not
# there) is LKJ0001 at the workbook read, LKJ0701 at the workbook written,
# exit 3 and no file, never a crash.
%setup /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/opd-dinkes.xlsx
%setup LKJIP_TEST_LIBZIP=libnothing.so.0 build/check/lkjip import $TMP/opd-dinkes.xlsx -o $TMP/out.xml > $TMP/import.txt 2>&1; echo $? > $TMP/import.rc
%setup LKJIP_TEST_LIBXLSXWRITER=libnothing.so.0 build/check/lkjip template samples/kab-sukamaju -o $TMP/templates > $TMP/template.txt 2>&1; echo $? > $TMP/template.rc
%args import $TMP/opd-dinkes.xlsx -o $TMP/good.xml
%exit 0
%check [ -s $TMP/good.xml ]
%check ! ldd build/lkjip | grep -q 'libzip\|libxlsxwriter'
%check LD_DEBUG=files build/lkjip check --no-link samples/kab-sukamaju > /dev/null 2> $TMP/loaded.txt; ! grep -q 'libzip\|libxlsxwriter' $TMP/loaded.txt
%check LD_DEBUG=files build/lkjip import $TMP/opd-dinkes.xlsx -o $TMP/good2.xml 2> $TMP/loaded2.txt; grep -q 'file=libzip.so' $TMP/loaded2.txt
%check grep -qx 3 $TMP/import.rc && grep -q 'opd-dinkes.xlsx: galat LKJ0001: berkas tidak dapat dibaca: libnothing.so.0' $TMP/import.txt && [ ! -e $TMP/out.xml ]
%check grep -qx 3 $TMP/template.rc && grep -q 'galat LKJ0701: .*libnothing.so.0' $TMP/template.txt && [ -z "$(find $TMP/templates -name '*.xlsx' 2>/dev/null)" ]
