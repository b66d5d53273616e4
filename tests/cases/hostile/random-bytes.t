# 4 KiB of random bytes (a fixed file): a clear diagnostic, no crash.
%args check --lang en tests/data/hostile/random-bytes.xml
%exit 1
%timeout 2
%nonet
%grep random-bytes.xml:[0-9]+:[0-9]+: error LKJ01
