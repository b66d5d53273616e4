# 200,000 nested elements: libxml2's depth limit answers, no recursion blows up.
%setup awk 'BEGIN { printf "<submisi xmlns=\"urn:lkjip:submission:1\">"; for (i = 0; i < 200000; i++) printf "<p>"; for (i = 0; i < 200000; i++) printf "</p>"; print "</submisi>" }' > $TMP/deep.xml
%args check --lang en $TMP/deep.xml
%exit 1
%timeout 2
%nonet
%grep deep.xml:1:[0-9]+: error LKJ0105: elements are nested too deeply
