%args check -j 0 samples
%exit 2
%check grep -q -- "-j harus 1 sampai 256: 0" "$ERR"
