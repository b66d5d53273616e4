# Issue 14 item 5: make demo's workbook round trip (demo/round-trip.sh):
# lkjip template writes the OPDs' workbooks, openpyxl fills four yellow
# cells of Dinas Kesehatan's as an operator would, lkjip import reads it
# back, lkjip check accepts it, and the values typed are in the submission.
# Run with the checked binary (sanitizers on); make demo runs it with
# build/lkjip, after the samples' reports.
%timeout 120
%args --version
%check demo/round-trip.sh $LKJIP $TMP/demo >$TMP/demo.out 2>&1
%check grep -qx '1. lkjip template samples/ -o .*/demo/buku-kerja: 6 buku kerja, satu per OPD' $TMP/demo.out
%check grep -qx '  Realisasi!P9  DINKES-STUNTING nilai, Des: 14,5' $TMP/demo.out
%check grep -qx '  Anggaran!O7  1.02.02.2.02.0001, Des: 51.800.000' $TMP/demo.out
%check grep -qx '   lkjip: 1 berkas diperiksa, 0 kesalahan, 0 peringatan' $TMP/demo.out
%check grep -qx '5. terbaca kembali di submisi (Desember): DINKES-STUNTING 14.5, DINKES-AKI 1/1040, anggaran 1.02.02.2.02.0001 51800000' $TMP/demo.out
# The demo fills what the sample had otherwise (14.6), so the value read
# back comes from the workbook, not from the embedded plan.
%check [ "$(xmllint --xpath "string(//*[@id='DINKES-STUNTING']/*[local-name()='realisasi']/*[@ke='12']/@nilai)" samples/kab-sukamaju/opd-dinkes.xml)" = 14.6 ]
# make demo runs this step, after the reports, and installs openpyxl for it.
%check grep -qx '	@demo/round-trip.sh build/lkjip out-buku-kerja' Makefile
%check grep -qx 'DEMO_PACKAGES = python3-openpyxl' Makefile
