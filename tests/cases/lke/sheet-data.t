# The answer sheet pre-filled with lkjip's suggestions (docs/lke.md
# section 7): with --data, Saran lkjip and Dasar hold for each dari-data
# criterion what the text output says (here the failing workspace of
# tests/data/lke/data/gagal.xml); criteria only people judge stay empty;
# read back with --data, the disagreement is warned at the answer's row.
%setup build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --data tests/data/lke/data/gagal.xml --format xlsx -o $TMP/wb --quiet
%args evaluasi $TMP/wb/dinkes/evaluasi.xlsx --data tests/data/lke/data/gagal.xml
%grep ^  1\.b\.6  +B  +B  +B   9 dari 11 indikator Renstra
%check [ "$(/usr/bin/python3 tests/data/lke/sheet/sheet.py get $TMP/wb/dinkes/evaluasi.xlsx '1.a.2|Saran lkjip' '1.b.6|Saran lkjip' '1.b.7|Saran lkjip' '1.b.8|Saran lkjip' '1.a.1|Saran lkjip' '1.a.1|Dasar' | tr '\n' '|')" = 'Y|B|B|–|||' ]
%check /usr/bin/python3 tests/data/lke/sheet/sheet.py get $TMP/wb/dinkes/evaluasi.xlsx '1.b.6|Dasar' | head -2 | tr '\n' '|' | grep -qx '9 dari 11 indikator Renstra (target-setiap-tahun)|tests/data/lke/data/gagal.xml:44: DINKES-AKI: tanpa target 2023, 2024|'
%check /usr/bin/python3 tests/data/lke/sheet/sheet.py get $TMP/wb/dinkes/evaluasi.xlsx '1.b.8|Dasar' | grep -q '^tidak dapat dinilai: .*(iku-tetap)$'
%check grep -q 'evaluasi.xlsx:LKE!F17: peringatan LKJ0820' $ERR
# docs/lke.md section 7's block, run as written.
%check tests/readme-block.sh 'build/lkjip evaluasi samples/lke/dinkes.lke.xml --format xlsx' $TMP/doc docs/lke.md
# With the samples' workspace: every Renstra indicator has its targets, so A.
%check build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --data samples/kab-sukamaju --format xlsx -o $TMP/samples --quiet 2>/dev/null; [ "$(/usr/bin/python3 tests/data/lke/sheet/sheet.py get $TMP/samples/dinkes/evaluasi.xlsx '1.b.6|Saran lkjip' '1.b.6|Dasar' '1.b.6|Evaluator' | tr '\n' '|')" = 'A|11 dari 11 indikator Renstra (target-setiap-tahun)|B|' ]
