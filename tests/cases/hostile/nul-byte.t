# The first NUL byte, with its exact position.
%args check --lang en tests/data/hostile/nul-byte.xml
%exit 1
%timeout 2
%nonet
%grep nul-byte.xml:3:12: error LKJ0108: the file contains a NUL byte
