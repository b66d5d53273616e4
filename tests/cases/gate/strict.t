# Issue 12: --strict publishes nothing unless every submission is
# accepted: one rejected file leaves the published folder as it was.
%timeout 60
%setup cp -r samples $TMP/ws && build/check/lkjip build $TMP/ws -o $TMP/out --format ir -q && cp -a $TMP/out $TMP/before
%setup sed -i 's/nilai="97.5"/nilai="9x"/' $TMP/ws/kab-sukamaju/opd-dinkes.xml
%args build --strict $TMP/ws -o $TMP/out --format ir
%exit 1
%grep kesalahan LKJ0205
%grep 0 laporan ditulis
%check diff -r $TMP/before $TMP/out
%check build/check/lkjip build --strict samples -o $TMP/clean --format ir -q && [ -e $TMP/clean/kab-sukamaju/dinkes/ir.xml ]
