# Neither a 2025 target nor a target-pk.
%args check --lang en tests/data/bad/no-target.xml
%exit 1
%stdout
tests/data/bad/no-target.xml:20:7: error LKJ0308: indikator 'DINKES-AKI' has no target for the reporting year 2025
  hint: add <target tahun="2025" …/> or <target-pk …/>
lkjip: 1 file checked, 1 error, 0 warnings
