# evaluasi --format xml -o naming an existing file that is not a regular one
# (/dev/null, a pipe) writes it in place, as import does
# (output_write_atomic): a temporary file renamed over it would replace the
# pipe (as root, /dev/null itself) with a plain file. A regular file is
# still replaced whole, through a temporary file, readable by all.
%args evaluasi --format xml -o $TMP/regular.xml samples/lke/dinkes.lke.xml
%check mkfifo $TMP/pipe && { cat $TMP/pipe > $TMP/got & } && $LKJIP evaluasi --format xml -o $TMP/pipe samples/lke/dinkes.lke.xml 2>/dev/null && wait && [ -p $TMP/pipe ] && cmp $TMP/got $TMP/regular.xml
%check [ "$(ls -a $TMP | grep -c 'pipe\.\|regular\.xml\.')" = 0 ] && [ "$(stat -c %a $TMP/regular.xml)" = 644 ] && grep -q '<hasil-evaluasi' $TMP/regular.xml
