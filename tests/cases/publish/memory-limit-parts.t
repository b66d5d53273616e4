# Running out of memory while reports are made part by part (src/stream.c)
# is LKJ0901 too, never LKJ0903, and publishes nothing: as memory-limit.t,
# with LKJIP_STREAM=always (every unit part by part, cut at every point),
# the release build under address-space limits from 50 to 76 MB, -j 1.
%release
%timeout 300
%setup build/lkjip build samples -o $TMP/out --format html,docbook,pk --quiet --lang en && cp -a $TMP/out $TMP/before
%args explain LKJ0901
%check for lim in $(seq 50000 1000 76000); do rc=0; (ulimit -c 0; ulimit -v $lim; LKJIP_STREAM=always exec build/lkjip build --no-cache samples -o $TMP/out --format html,docbook,pk -j 1 --lang en > $TMP/run.txt 2>&1) || rc=$?; case $rc in 0|127) ;; 3) grep -q 'fatal LKJ0901: out of memory' $TMP/run.txt || { echo "$lim: exit 3 without LKJ0901"; cat $TMP/run.txt; exit 1; } ;; *) echo "$lim: exit $rc"; cat $TMP/run.txt; exit 1 ;; esac; if grep -q 'LKJ0903\|LKJ0902' $TMP/run.txt; then echo "$lim: LKJ0903 or LKJ0902"; cat $TMP/run.txt; exit 1; fi; diff -r $TMP/before $TMP/out > /dev/null || { echo "$lim: output changed"; exit 1; }; done
