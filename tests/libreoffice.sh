#!/usr/bin/env bash
# tests/libreoffice.sh DIR — issue 14 item 4 with a real spreadsheet client:
# every sample OPD's template, the template of tests/data/workbook/graded
# (grades and text in Realisasi cells), and two workbooks filled by openpyxl
# (tests/data/workbook/make.py: numbers, and numbers typed as Indonesian
# text), opened and saved again by LibreOffice Calc (soffice --headless
# --convert-to xlsx, all in ONE invocation: soffice starts slowly), import
# to the same submission as before LibreOffice touched them; and cells
# Calc fills itself (a Basic macro, a second soffice) import as typed.
#
# LibreOffice rewrites the whole package: the very hidden sheet lkjip
# becomes merely hidden, strings and styles are renumbered, numbers are
# written in its own notation, protection and validations are rewritten.
# None of it may change what import reads. Same submission bytes mean the
# same report IR (tests/round-trip.sh shows the originals give it).
set -u
dir=$1
lkjip=${LKJIP:-build/check/lkjip}
python=/usr/bin/python3
plan=samples/kab-sukamaju/opd-dinkes.xml
rm -rf "$dir" && mkdir -p "$dir/in" "$dir/lo" || exit 2
command -v soffice > /dev/null || { echo "soffice missing (Debian libreoffice-calc-nogui)"; exit 1; }

"$lkjip" template samples -o "$dir/in" --quiet || { echo "template failed"; exit 1; }
$python tests/data/workbook/make.py "$plan" "$dir/in/openpyxl-angka.xlsx" || exit 1
$python tests/data/workbook/make.py "$plan" "$dir/in/openpyxl-teks.xlsx" --text || exit 1
# grades and text in Realisasi cells (tests/data/workbook/graded)
"$lkjip" template tests/data/workbook/graded -o "$dir/graded" --quiet 2> "$dir/graded.err" || { echo "template failed"; exit 1; }
mv "$dir/graded/bappeda.xlsx" "$dir/in/graded-bappeda.xlsx" || exit 1
[ "$(ls "$dir/in" | wc -l)" = 9 ] || { echo "not 9 workbooks to convert"; exit 1; }

# A private profile (never the user's), no first-start wizard, no restore;
# the timeout bounds a soffice that hangs.
HOME=$dir timeout -k 5 90 soffice -env:UserInstallation="file://$dir/profile" --headless --norestore \
  --nolockcheck --convert-to xlsx --outdir "$dir/lo" "$dir"/in/*.xlsx > "$dir/soffice.log" 2>&1
for w in "$dir"/in/*.xlsx; do
  [ -s "$dir/lo/$(basename "$w")" ] || { echo "soffice did not write $(basename "$w")"; cat "$dir/soffice.log"; exit 1; }
done

# LibreOffice filling cells itself (tests/data/workbook/libreoffice-fill.bas,
# a Basic macro put into the private profile the conversion made): grades
# typed (one in lower case) and a number, in the graded fixture's template.
module=$dir/profile/user/basic/Standard/Module1.xba
[ -f "$module" ] || { echo "soffice made no profile ($module)"; exit 1; }
$python -c '
import sys
from xml.sax.saxutils import escape
code = open("tests/data/workbook/libreoffice-fill.bas").read()
open(sys.argv[1], "w").write(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!DOCTYPE script:module PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" \"module.dtd\">\n"
    "<script:module xmlns:script=\"http://openoffice.org/2000/script\" script:name=\"Module1\" "
    "script:language=\"StarBasic\">" + escape(code) + "</script:module>")
' "$module" || exit 1
cells='BAPPEDA-SAKIP|TW I=bb;BAPPEDA-SAKIP|TW III=CC;BAPPEDA-DEVIASI|TW III=7.25'
HOME=$dir timeout -k 5 60 soffice -env:UserInstallation="file://$dir/profile" --headless --norestore --nolockcheck \
  "macro:///Standard.Module1.Fill(\"$dir/in/graded-bappeda.xlsx\",\"$dir/lo-filled.xlsx\",\"$cells\")" \
  > "$dir/soffice-fill.log" 2>&1
[ -s "$dir/lo-filled.xlsx" ] || { echo "the macro wrote no workbook"; cat "$dir/soffice-fill.log"; exit 1; }

status=0
"$lkjip" import "$dir/lo-filled.xlsx" -o "$dir/lo-filled.xml" || { echo "import of the workbook Calc filled failed"; status=1; }
grep -q '<triwulan ke="1" predikat="BB"/><triwulan ke="2" predikat="BB"/><triwulan ke="3" predikat="CC"/><triwulan ke="4" predikat="A"/>' \
  "$dir/lo-filled.xml" || { echo "Calc's grades not imported"; status=1; }
grep -q '<triwulan ke="2" nilai="8.25"/><triwulan ke="3" nilai="7.25"/><triwulan ke="4" nilai="6.5"/>' \
  "$dir/lo-filled.xml" || { echo "Calc's number not imported"; status=1; }
for w in "$dir"/in/*.xlsx; do
  b=$(basename "$w" .xlsx)
  # Really LibreOffice's package: its own workbook part, the state dropped.
  unzip -p "$dir/lo/$b.xlsx" xl/workbook.xml | grep -q 'appName="Calc"' || { echo "$b: not rewritten by Calc"; status=1; }
  # (warnings, such as LKJ0712 for the numbers typed as text, in *.err)
  "$lkjip" import "$w" -o "$dir/$b.before.xml" 2> "$dir/$b.before.err" ||
    { echo "import $b failed"; cat "$dir/$b.before.err"; status=1; continue; }
  "$lkjip" import "$dir/lo/$b.xlsx" -o "$dir/$b.after.xml" 2> "$dir/$b.after.err" ||
    { echo "import of LibreOffice's $b failed"; cat "$dir/$b.after.err"; status=1; continue; }
  cmp -s "$dir/$b.before.err" "$dir/$b.after.err" || { echo "$b: other diagnostics after LibreOffice"; status=1; }
  if ! cmp -s "$dir/$b.before.xml" "$dir/$b.after.xml"; then
    echo "$b: LibreOffice's workbook imports to another submission"
    diff "$dir/$b.before.xml" "$dir/$b.after.xml" | head -20
    status=1
  fi
done
# The filled ones also give the plan's own values back.
for b in openpyxl-angka openpyxl-teks; do
  [ -f "$dir/$b.after.xml" ] && { $python tests/data/workbook/same.py "$plan" "$dir/$b.after.xml" || status=1; }
done
[ -f "$dir/graded-bappeda.after.xml" ] &&
  { $python tests/data/workbook/same.py tests/data/workbook/graded/opd-bappeda.xml "$dir/graded-bappeda.after.xml" || status=1; }
exit $status
