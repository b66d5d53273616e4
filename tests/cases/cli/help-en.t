%args --help --lang en
%grep ^Usage: lkjip COMMAND
%grep Exit status: 0 clean
