# Issue 12 item 5: the pemda's own file is rejected (here it lacks its
# <nama>). Its error is the cause; what it leaves unlinked elsewhere is no
# finding of the other files: no LKJ0411 "not among the inputs" for the
# profile's entity, no LKJ0408 for the OPDs' parent, but a note naming the
# rejected file at each reference.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's#<nama>Kabupaten Contoh</nama>##' $TMP/ws/kab.xml
%args check --link --lang en $TMP/ws
%exit 1
%stdout
$TMP/ws/kab.xml:5:5: error LKJ0201: unit 'kab-contoh' lacks the required element <nama>
  hint: add <nama> inside unit 'kab-contoh' (element order: docs/format.md)
$TMP/ws/lkjip.xml:2:1: note LKJ0416: the profile's entity is not linked because 'kab-contoh' is in the file $TMP/ws/kab.xml, which was rejected
  hint: fix the errors of $TMP/ws/kab.xml; this reference is linked once that file is accepted
$TMP/ws/opd-a.xml:3:3: note LKJ0416: the parent of unit 'dinas-a' is not linked because 'kab-contoh' is in the file $TMP/ws/kab.xml, which was rejected
  hint: fix the errors of $TMP/ws/kab.xml; this reference is linked once that file is accepted
$TMP/ws/opd-b.xml:3:3: note LKJ0416: the parent of unit 'dinas-b' is not linked because 'kab-contoh' is in the file $TMP/ws/kab.xml, which was rejected
  hint: fix the errors of $TMP/ws/kab.xml; this reference is linked once that file is accepted
lkjip: 4 files checked, 1 error, 0 warnings
