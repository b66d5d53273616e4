# The diagnostics in English with --lang en.
%args evaluasi --lang en --lke $DATA/lke/mini.lke.xml $DATA/lke/bad/not-on-scale.lke.xml
%exit 1
%check grep -qxF "tests/data/lke/bad/not-on-scale.lke.xml:11:36: error LKJ0811: the evaluator's answer 'Y' for 'K.b.2' is not on the scale A-E" "$ERR"
%check grep -qxF '  hint: choose one of: A, B, C, D, E' "$ERR"
