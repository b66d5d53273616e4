# --help names template and its options in both languages.
%args --help
%grep ^  template RUANG -o FOLDER$
%grep ^  --year T +dengan template
%check build/check/lkjip --help --lang en | grep -q '^  template WS -o DIR  write one .xlsx workbook per OPD'
%check build/check/lkjip explain --lang en LKJ0700 | grep -q 'Workbook folder cannot be made'
