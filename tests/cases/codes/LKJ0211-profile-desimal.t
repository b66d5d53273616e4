# Rounding to 8 decimals (0 to 6 allowed).
%args check --lang en tests/data/bad/profile-desimal.xml
%exit 1
%stdout
tests/data/bad/profile-desimal.xml:7:17: error LKJ0211: the value '8' of <pembulatan> is outside the range (at most 6)
  hint: months 1–12, quarters 1–4, years 2000–2100
lkjip: 1 file checked, 1 error, 0 warnings
