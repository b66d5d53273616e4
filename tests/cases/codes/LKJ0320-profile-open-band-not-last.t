# The band without min is not the last.
%args check --lang en tests/data/bad/profile-open-band-not-last.xml
%exit 1
%stdout
tests/data/bad/profile-open-band-not-last.xml:13:7: error LKJ0320: category scale: the band without min must be the last
  hint: order the bands from the highest lower bound; the last band, without min, takes the rest
lkjip: 1 file checked, 1 error, 0 warnings
