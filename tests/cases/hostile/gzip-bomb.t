# A 1 MB .gz holding a 1 GiB text node: decompression stops at the cap.
%args check --lang en tests/data/hostile/text-1g.xml.gz
%exit 1
%timeout 4
%nonet
%stdout
tests/data/hostile/text-1g.xml.gz: error LKJ0005: the gzip file's content exceeds 64 MiB once decompressed
  hint: this is probably a compression bomb; raise --max-size only if the file is genuine
lkjip: 1 file checked, 1 error, 0 warnings
