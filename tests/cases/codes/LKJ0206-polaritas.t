# A polaritas outside positif/negatif/rentang.
%args check --lang en tests/data/bad/polaritas.xml
%exit 1
%stdout
tests/data/bad/polaritas.xml:20:34: error LKJ0206: the value 'turun' of polaritas in indikator 'DINKES-AKI' is not recognised
  hint: valid choices: 'positif', 'negatif', 'rentang'
lkjip: 1 file checked, 1 error, 0 warnings
