# No last band without min.
%args check --lang en tests/data/bad/profile-no-open-band.xml
%exit 1
%stdout
tests/data/bad/profile-no-open-band.xml:8:5: error LKJ0320: category scale: the last band without min (taking the rest) is missing
  hint: order the bands from the highest lower bound; the last band, without min, takes the rest
lkjip: 1 file checked, 1 error, 0 warnings
