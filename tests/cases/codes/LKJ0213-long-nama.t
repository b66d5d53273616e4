# An indikator <nama> of 4001 characters.
%args check --lang en tests/data/bad/long-nama.xml
%exit 1
%stdout
tests/data/bad/long-nama.xml:21:9: error LKJ0213: <nama> in indikator 'DINKES-AKI' is longer than 4000 characters
  hint: split long prose into several <p> paragraphs inside <narasi>
lkjip: 1 file checked, 1 error, 0 warnings
