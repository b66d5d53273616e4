%args check --quiet --lang en tests/data/hostile/empty.xml tests/data/ok/minimal.xml
%exit 1
%stdout
tests/data/hostile/empty.xml: error LKJ0006: the file is empty
  hint: the file must hold a <submisi> or <profil> document
