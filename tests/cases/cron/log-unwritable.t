# A log that cannot be opened is a coded failure (LKJ0010), exit 3, and the
# build does nothing.
%args build tests/data/link/base -o $TMP/out --format ir --lang en --log $TMP/no/such/folder/lkjip.log
%exit 3
%grep fatal LKJ0010: cannot write the output: .*lkjip.log: No such file or directory
%check [ ! -e $TMP/out ]
