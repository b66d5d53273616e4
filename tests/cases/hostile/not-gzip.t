# Named .gz but plain XML inside.
%args check --lang en tests/data/hostile/not-gzip.xml.gz
%exit 1
%timeout 2
%nonet
%grep not-gzip.xml.gz: error LKJ0003: the file is named .gz but does not contain gzip data
