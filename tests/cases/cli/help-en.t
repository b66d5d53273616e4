%args --help --lang en
%grep ^Usage: lkjip COMMAND
%grep Exit status: 0 clean
%grep ^  --letters DIR           with check and build: a "Hasil Pemeriksaan Kiriman" letter per file$
%grep ^  check PATH\.\.\.       check submissions: \.xml/\.xml\.gz files, OPD workbooks \.xlsx \(imported$
