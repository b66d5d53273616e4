# Answers are validated against schemas/lke.xsd like submissions; libxml2's errors map onto the same codes.
%args evaluasi --lke $DATA/lke/mini.lke.xml $DATA/lke/bad/schema-error.lke.xml
%exit 1
%check grep -qxF -- "tests/data/lke/bad/schema-error.lke.xml:4:50: kesalahan LKJ0204: atribut 'nilai' tidak dikenal pada <jawaban>" "$ERR"
