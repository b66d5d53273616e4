# An output folder that is a file: a coded error, exit 3, nothing written.
%setup printf 'not a folder' > $TMP/out
%args template --lang en samples/kab-sukamaju -o $TMP/out
%exit 3
%grep /out: fatal LKJ0700: cannot make the workbook folder .*/out: (File exists|Not a directory); nothing was written$
%check [ "$(cat $TMP/out)" = 'not a folder' ]
