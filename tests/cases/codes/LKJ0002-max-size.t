# A file over --max-size (1 MiB): minimal.xml padded with 1.1 MB of spaces.
%setup { sed -n '1,2p' tests/data/ok/minimal.xml; head -c 1100000 /dev/zero | tr '\0' ' '; sed -n '3,$p' tests/data/ok/minimal.xml; } > $TMP/besar.xml
%args check --lang en --max-size 1 $TMP/besar.xml
%exit 1
%stdout
$TMP/besar.xml: error LKJ0002: the file is larger than the limit of 1 MiB
  hint: a normal submission is a few hundred KB; raise the limit with --max-size if this file is genuine
lkjip: 1 file checked, 1 error, 0 warnings
