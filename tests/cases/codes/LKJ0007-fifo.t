# A named pipe given by name: refused without reading (no hang), exit 3.
%setup mkfifo $TMP/pipa.xml
%args check --lang en $TMP/pipa.xml
%exit 3
%timeout 5
%stdout
$TMP/pipa.xml: fatal LKJ0007: $TMP/pipa.xml is neither a regular file nor a folder
  hint: give lkjip .xml or .xml.gz files, folders, or - for standard input
lkjip: 1 file checked, 1 error, 0 warnings
