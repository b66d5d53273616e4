# A NIP whose 15th digit is 3.
%args check --lang en tests/data/bad/nip-sex-digit.xml
%exit 1
%stdout
tests/data/bad/nip-sex-digit.xml:8:7: error LKJ0304: NIP 197503122002123003 is invalid: the sex digit (15th) must be 1 or 2, not 3
  hint: a PNS NIP is birth date 8 + appointment 6 + sex 1 + sequence 3; PPPK: birth date 8 + year 4 + code 2 + sex 1 + sequence 3
lkjip: 1 file checked, 1 error, 0 warnings
