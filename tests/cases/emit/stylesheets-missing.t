# Without the stylesheets, html/docbook cannot be made: a usage error that
# says where lkjip looked (exit 2).
%args build tests/data/link/base -o $TMP/out --stylesheets /nonexistent --lang en
%exit 2
%check grep -q "stylesheets folder not found (--stylesheets DIR or LKJIP_STYLESHEETS): /nonexistent" "$ERR"
