# evaluasi --data, criterion 1.a.2 (dari-data dokumen-rencana): a valid
# submission always has its plan (the schema requires periode-rencana and
# tujuan), so it holds whenever the unit is in the workspace.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  1\.a\.2         Y          Y        Y   1 dari 1 dokumen Renstra/RPJMD \(dokumen-rencana\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
