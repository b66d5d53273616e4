# Two workspace profiles in one call.
%setup cp -r tests/data/link/base $TMP/ws && mkdir $TMP/ws/sub && cp $TMP/ws/lkjip.xml $TMP/ws/sub/lkjip.xml
%args check --link --lang en $TMP/ws
%exit 1
%grep sub/lkjip.xml: error LKJ0413: a second workspace profile; the first is .*/ws/lkjip.xml
