# An OPD with a kabupaten's code.
%args check --lang en tests/data/bad/opd-code.xml
%exit 1
%stdout
tests/data/bad/opd-code.xml:3:35: error LKJ0303: the unit code '33.01' does not fit the level opd
  hint: the right shape: U.BB.U.BB.U.BB.NN.NNNN (1.02.0.00.0.00.01.0000)
lkjip: 1 file checked, 1 error, 0 warnings
