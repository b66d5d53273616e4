# The workspace profile the profile-*.xml cases are derived from: clean.
%args check --lang en tests/data/ok/profile.xml
%stdout
lkjip: 1 file checked, 0 errors, 0 warnings
