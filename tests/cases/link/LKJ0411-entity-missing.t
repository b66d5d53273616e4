# The profile names a pemda whose file is not among the inputs.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/<entitas>kab-contoh</<entitas>kab-lain</' $TMP/ws/lkjip.xml
%args check --link --lang en $TMP/ws
%exit 1
%grep lkjip.xml:2:1: error LKJ0411: the profile names the entity 'kab-lain', which is not among the inputs
