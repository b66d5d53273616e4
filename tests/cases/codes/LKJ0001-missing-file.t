# A path that does not exist: an I/O problem, exit 3, nothing checked.
%args check --lang en tests/data/bad/does-not-exist.xml
%exit 3
%stdout
tests/data/bad/does-not-exist.xml: fatal LKJ0001: cannot read the file: No such file or directory
  hint: check the file name and its permissions
lkjip: 0 files checked, 1 error, 0 warnings
