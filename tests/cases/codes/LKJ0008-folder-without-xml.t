# A folder whose files are not submissions by name (.txt, .xml.bak, .XML,
# a hidden .xml): a warning, exit 0.
%setup mkdir -p $TMP/unggahan/lama && touch $TMP/unggahan/catatan.txt $TMP/unggahan/dinkes.xml.bak $TMP/unggahan/DINKES.XML $TMP/unggahan/.dinkes.xml $TMP/unggahan/lama/x.gz
%args check --lang en $TMP/unggahan
%stdout
$TMP/unggahan: warning LKJ0008: this folder holds no *.xml or *.xml.gz file
  hint: check the folder path you gave
lkjip: 0 files checked, 0 errors, 1 warning
