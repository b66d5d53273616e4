# Without a command: the help on stderr, exit 2.
%exit 2
