# make install / uninstall with PREFIX and DESTDIR: binary, schemas, man page.
%setup make -s install DESTDIR=$TMP/root PREFIX=/usr
%args --version
%check test -x $TMP/root/usr/bin/lkjip && $TMP/root/usr/bin/lkjip --version | grep -q '^lkjip '
%check test -f $TMP/root/usr/share/lkjip/schemas/submission.xsd && test -f $TMP/root/usr/share/lkjip/schemas/workspace.xsd && test -f $TMP/root/usr/share/lkjip/schemas/diagnostics.xsd
%check test -f $TMP/root/usr/share/man/man1/lkjip.1
%check test -f $TMP/root/usr/share/lkjip/schemas/lke.xsd && test -f $TMP/root/usr/share/lkjip/schemas/lke-88-2021.xml
%check test -f $TMP/root/usr/share/lkjip/stylesheets/letter-html.xsl && test -f $TMP/root/usr/share/lkjip/schemas/letter.xsd
%check make -s uninstall DESTDIR=$TMP/root PREFIX=/usr && ! test -e $TMP/root/usr/bin/lkjip && ! test -e $TMP/root/usr/share/lkjip
