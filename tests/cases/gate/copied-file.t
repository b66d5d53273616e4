# Issue 12: an OPD file copied under a new name (its 37 ids and its unit
# all duplicates) the night after the original was accepted. The copy is
# the one rejected, at link, never the accepted original: DLH's report is
# the original's, and the pemda's report says where the unit comes from.
%timeout 60
%setup cp -r samples $TMP/ws && build/check/lkjip build $TMP/ws -o $TMP/out --format ir -q && cp -r $TMP/out $TMP/before
%setup cp samples/kab-sukamaju/opd-dlh.xml $TMP/ws/kab-sukamaju/opd-dlh-salinan.xml
%args build $TMP/ws -o $TMP/out --format ir
%exit 1
%grep ^.*/ws/kab-sukamaju/opd-dlh-salinan.xml:3:3: kesalahan LKJ0402: id 'dlh' juga dipakai di .*/ws/kab-sukamaju/opd-dlh.xml:3
%nogrep ^.*/ws/kab-sukamaju/opd-dlh.xml:[0-9]+:[0-9]+: kesalahan
%grep opd-dlh-salinan.xml: ditolak \(38 kesalahan\); unit dlh diambil dari berkas lain$
%check diff $TMP/before/kab-sukamaju/dlh/ir.xml $TMP/out/kab-sukamaju/dlh/ir.xml
%check grep -q 'unit="dlh" tanggal="[-0-9]*" kesalahan="38" unit-dari="berkas-lain"/>' $TMP/out/kab-sukamaju/ir.xml
