%args check --lang en tests/data/hostile/empty.xml
%exit 1
%timeout 2
%nonet
%grep empty.xml: error LKJ0006: the file is empty
