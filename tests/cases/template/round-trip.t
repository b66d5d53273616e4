# Issue 14 item 4: the round trip submission → template → import gives, for
# every sample OPD, a submission whose report IR (and the pemda's) equals
# the original's (tests/round-trip.sh: source positions aside).
%timeout 240
%args --version
%check LKJIP=$LKJIP tests/round-trip.sh $TMP/rt
