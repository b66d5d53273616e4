# Issue 12: the index of accepted versions is authenticated (HMAC-SHA-256
# under the state folder's key): one changed by anyone but lkjip is
# ignored with LKJ0020, so a rejected submission then has no stand-in.
%timeout 60
%setup cp -r samples $TMP/ws && build/check/lkjip build $TMP/ws -o $TMP/out --format ir -q
%setup sed -i 's/\tdinkes\t/\tdinkez\t/' $TMP/.out.lkjip/accepted/index && sed -i 's/nilai="97.5"/nilai="9x"/' $TMP/ws/kab-sukamaju/opd-dinkes.xml
%args build $TMP/ws -o $TMP/out --format ir
%exit 1
%grep peringatan LKJ0020: versi kiriman yang diterima tidak dapat dicatat di folder status .*indeks versi diterima tidak dibuat oleh lkjip; diabaikan
%grep unit dinkes: belum ada versi diterima, tidak ada dalam laporan
%check [ ! -e $TMP/out/kab-sukamaju/dinkes ]
