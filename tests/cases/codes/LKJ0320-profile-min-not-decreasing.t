# A band whose min is above the one before it.
# One problem, one diagnostic: the scale does have its last band without min.
%args check --lang en tests/data/bad/profile-min-not-decreasing.xml
%exit 1
%stdout
tests/data/bad/profile-min-not-decreasing.xml:10:7: error LKJ0320: category scale: the min values must decrease from top to bottom
  hint: order the bands from the highest lower bound; the last band, without min, takes the rest
lkjip: 1 file checked, 1 error, 0 warnings
