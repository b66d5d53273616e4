# A profile policy value outside its list (batas-atas 150).
%args check --lang en tests/data/bad/profile-batas-atas.xml
%exit 1
%stdout
tests/data/bad/profile-batas-atas.xml:6:5: error LKJ0206: the value '150' of <batas-atas> is not recognised
  hint: valid choices: 'tanpa', '100', '120'
lkjip: 1 file checked, 1 error, 0 warnings
