# -o naming an existing file that is not a regular one (/dev/null, a pipe)
# is written in place: a temporary file renamed over it would have replaced
# the device or the pipe with a plain file (as root, /dev/null itself).
%setup /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/opd-dinkes.xlsx
%args import $TMP/opd-dinkes.xlsx -o $TMP/regular.xml
%check mkfifo $TMP/pipe && { cat $TMP/pipe > $TMP/got & } && $LKJIP import $TMP/opd-dinkes.xlsx -o $TMP/pipe 2>/dev/null && wait && [ -p $TMP/pipe ] && cmp $TMP/got $TMP/regular.xml
%check [ "$(ls $TMP | grep -c 'pipe\.')" = 0 ]
