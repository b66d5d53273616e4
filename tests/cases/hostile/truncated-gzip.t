# A gzip stream cut short must not read as a clean end of file.
%args check --lang en tests/data/hostile/truncated.xml.gz
%exit 1
%timeout 2
%nonet
%grep truncated.xml.gz: error LKJ0004: truncated gzip file
