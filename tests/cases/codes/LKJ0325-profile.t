# The workspace profile is printed too (the title on the cover, category
# labels): U+202B in its judul and U+2067 in an attribute.
%args check --lang en tests/data/bad/profile-bidi.xml
%exit 1
%stdout
tests/data/bad/profile-bidi.xml:5:45: error LKJ0325: the invisible bidirectional control U+202B RIGHT-TO-LEFT EMBEDDING in the text of <judul>
  hint: delete the invisible character (often pasted from another document); in the reports it can reverse the order of the text and figures after it
tests/data/bad/profile-bidi.xml:13:48: error LKJ0325: the invisible bidirectional control U+2067 RIGHT-TO-LEFT ISOLATE in the attribute label of kategori R
  hint: delete the invisible character (often pasted from another document); in the reports it can reverse the order of the text and figures after it
lkjip: 1 file checked, 2 errors, 0 warnings
