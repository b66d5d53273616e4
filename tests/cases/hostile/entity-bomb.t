# Billion laughs: no entity is ever expanded; answered at once.
%args check --lang en tests/data/hostile/entity-bomb.xml
%exit 1
%timeout 2
%nonet
%stdout
tests/data/hostile/entity-bomb.xml:2:1: error LKJ0103: a DOCTYPE declaration is not allowed in a submission
  hint: delete the <!DOCTYPE …> line; lkjip submissions use no DTD and no entities
lkjip: 1 file checked, 1 error, 0 warnings
