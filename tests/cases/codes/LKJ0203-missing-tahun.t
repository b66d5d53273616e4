# <target> without its required tahun.
%args check --lang en tests/data/bad/missing-tahun.xml
%exit 1
%stdout
tests/data/bad/missing-tahun.xml:23:9: error LKJ0203: <target> in indikator 'DINKES-AKI' lacks the required attribute 'tahun'
  hint: add tahun="…" to <target> in indikator 'DINKES-AKI'
lkjip: 1 file checked, 1 error, 0 warnings
