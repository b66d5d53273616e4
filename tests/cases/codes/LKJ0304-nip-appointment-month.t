# A grouped PNS NIP (8 6 1 3) with appointment month 13.
%args check --lang en tests/data/bad/nip-appointment-month.xml
%exit 1
%stdout
tests/data/bad/nip-appointment-month.xml:8:7: error LKJ0304: NIP 19750312 200213 2 003 is invalid: the appointment month 13 is invalid
  hint: a PNS NIP is birth date 8 + appointment 6 + sex 1 + sequence 3; PPPK: birth date 8 + year 4 + code 2 + sex 1 + sequence 3
lkjip: 1 file checked, 1 error, 0 warnings
