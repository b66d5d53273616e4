# Parameter entities (remote and local): the DOCTYPE is refused first.
%args check --lang en tests/data/hostile/parameter-entity.xml
%exit 1
%timeout 2
%nonet
%grep parameter-entity.xml:2:1: error LKJ0103
%nogrep root:
