# A NIP whose birth date is 30 February.
%args check --lang en tests/data/bad/nip-birth-date.xml
%exit 1
%stdout
tests/data/bad/nip-birth-date.xml:8:7: error LKJ0304: NIP 197502302002122003 is invalid: the birth date 1975-02-30 does not exist
  hint: a PNS NIP is birth date 8 + appointment 6 + sex 1 + sequence 3; PPPK: birth date 8 + year 4 + code 2 + sex 1 + sequence 3
lkjip: 1 file checked, 1 error, 0 warnings
