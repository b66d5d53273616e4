# With an error in any input the result document is not written at all
# (never a part of a result); the exit status says why.
%args evaluasi --format xml -o $TMP/hasil.xml --lke $DATA/lke/mini.lke.xml $DATA/lke/mini-jawaban.lke.xml $DATA/lke/bad/unknown-criterion.lke.xml
%exit 1
%check test ! -e $TMP/hasil.xml
%check grep -q 'LKJ0810' "$ERR"
