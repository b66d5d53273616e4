# Two answer files for one unit: the second is refused, the first scored.
%args evaluasi --lke $DATA/lke/mini.lke.xml $DATA/lke/mini-jawaban.lke.xml $DATA/lke/bad/same-unit.lke.xml
%exit 1
%check grep -qxF -- "tests/data/lke/bad/same-unit.lke.xml:4:46: kesalahan LKJ0816: unit 'uji' sudah dinilai dari tests/data/lke/mini-jawaban.lke.xml" "$ERR"
%grep ^uji — Unit Uji, 2025 \(LKE mini\)$
