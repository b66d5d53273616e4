# An OPD head without NIP: a warning, exit 0.
%args check --lang en tests/data/bad/head-without-nip.xml
%stdout
tests/data/bad/head-without-nip.xml:5:5: warning LKJ0318: the head of the OPD, 'dr. Siti Aminah, M.Kes.', has no NIP
  hint: add <nip> after <jabatan>; the NIP is printed on the PK
lkjip: 1 file checked, 0 errors, 1 warning
