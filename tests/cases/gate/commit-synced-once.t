# Issue 13: a new state folder's accepted bytes are made durable with one
# syncfs for them all, then named, not with an fsync per file (22,000 on
# the national set, one at a time after the commit, on one thread): the
# fsyncs of a build do not grow with its files. Every accepted submission
# is there under its SHA-256, nothing temporary is left, and the next build
# trusts the record.
%timeout 60
%setup cp -r samples $TMP/ws && ASAN_OPTIONS=detect_leaks=0 strace -f -qq -e trace=fsync,fdatasync,syncfs -o $TMP/strace build/check/lkjip build -q --format ir $TMP/ws -o $TMP/out
%args build --format ir $TMP/ws -o $TMP/out
%nogrep LKJ0020
%grep 0 kesalahan, 0 peringatan
%check cd $TMP/ws && for f in $(find . \( -name '*.xml' ! -name lkjip.xml ! -name '*.lke.xml' \) -o -name '*.xml.gz'); do e=.xml; case $f in *.gz) e=.xml.gz;; esac; cmp -s $f $TMP/.out.lkjip/accepted/$(sha256sum < $f | cut -c1-64)$e || { echo "not kept: $f"; exit 1; }; done
%check n=$(find $TMP/ws \( -name '*.xml' ! -name lkjip.xml ! -name '*.lke.xml' \) -o -name '*.xml.gz' | wc -l) && [ "$n" = 8 ] && [ "$(ls $TMP/.out.lkjip/accepted | grep -c '\.xml')" = "$n" ]
%check fsyncs=$(grep -c ' f\(data\)\?sync(' $TMP/strace) && [ "$fsyncs" -lt 8 ] || { echo "$fsyncs fsyncs"; exit 1; }
%check grep -q ' syncfs(' $TMP/strace
%check ! ls -a $TMP/.out.lkjip/accepted | grep -q '\.tmp\.'
