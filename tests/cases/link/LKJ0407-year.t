# A submission of another year than the workspace's.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/tahun="2025"/tahun="2024"/' $TMP/ws/opd-b.xml
%args check --link --lang en $TMP/ws
%exit 1
%grep ^\$?.*opd-b.xml: error LKJ0407: this file reports 2024, the workspace 2025$
