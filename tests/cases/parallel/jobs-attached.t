# -jN is read like -j N (as make reads it), with the same bounds.
%args check -j2 --quiet samples
%check build/check/lkjip check -j0 samples > /dev/null 2>&1; [ $? = 2 ]
%check build/check/lkjip check -j2x samples > /dev/null 2>&1; [ $? = 2 ]
