# Issue 11: running out of memory anywhere (reading, linking, compiling or
# running a stylesheet) is LKJ0901, never LKJ0903 "stylesheet failed", never
# exit 3 without a coded finding, and publishes nothing. The release build
# runs under address-space limits from 43 to 80 MB (1.5 MB apart) with -j 1 (the samples
# need about 64 MB): every run exits 0 or 3, says LKJ0901 when it fails, and
# leaves the output folder as a clean build made it. (A limit too small for
# the dynamic loader is exit 127, before lkjip runs.)
# With -j 2, libxml2 2.9.14 itself sometimes dereferences NULL after an
# allocation failed inside XPath (a SIGSEGV in xmlXPathCompiledEval, on a
# render thread): lkjip cannot catch that, but like any killed run it
# publishes nothing, which the second sweep (up to 180 MB) asserts.
%release
%timeout 300
%setup build/lkjip build samples -o $TMP/out --format html,docbook,pk,ir --quiet --lang en && cp -a $TMP/out $TMP/before
%args explain LKJ0901
%check for lim in $(seq 43000 1500 80000); do rc=0; (ulimit -c 0; ulimit -v $lim; exec build/lkjip build --no-cache samples -o $TMP/out --format html,docbook,pk,ir -j 1 --lang en > $TMP/run.txt 2>&1) || rc=$?; case $rc in 0|127) ;; 3) grep -q 'fatal LKJ0901: out of memory' $TMP/run.txt || { echo "$lim: exit 3 without LKJ0901"; cat $TMP/run.txt; exit 1; } ;; *) echo "$lim: exit $rc"; cat $TMP/run.txt; exit 1 ;; esac; if grep -q 'LKJ0903\|LKJ0902' $TMP/run.txt; then echo "$lim: LKJ0903 or LKJ0902"; exit 1; fi; diff -r $TMP/before $TMP/out > /dev/null || { echo "$lim: output changed"; exit 1; }; done
%check for lim in $(seq 60000 10000 180000); do rc=0; (ulimit -c 0; ulimit -v $lim; exec build/lkjip build --no-cache samples -o $TMP/out --format html,docbook,pk,ir -j 2 --lang en > $TMP/run.txt 2>&1) 2>/dev/null || rc=$?; case $rc in 0|127|139) ;; 3) grep -q 'fatal LKJ0901: out of memory' $TMP/run.txt || { echo "$lim: exit 3 without LKJ0901"; cat $TMP/run.txt; exit 1; } ;; *) echo "$lim: exit $rc"; exit 1 ;; esac; diff -r $TMP/before $TMP/out > /dev/null || { echo "$lim: output changed"; exit 1; }; done
