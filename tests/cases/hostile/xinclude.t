# XInclude is never processed; the element is reported where it stands.
%args check --lang en tests/data/hostile/xinclude.xml
%exit 1
%timeout 2
%nonet
%grep xinclude.xml:3:3: error LKJ0106: the XInclude element <xi:include> is not allowed
%nogrep root:
