# Issue 14 item 4: every sample OPD's template, and workbooks filled by
# openpyxl, opened and saved again by LibreOffice Calc (one headless
# soffice, a private profile), import to the same submission as before
# (tests/libreoffice.sh); cells Calc fills itself (a macro) import as typed.
%timeout 120
%args --version
%check LKJIP=$LKJIP tests/libreoffice.sh $TMP/lo
