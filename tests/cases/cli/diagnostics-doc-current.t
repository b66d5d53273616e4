# docs/diagnostics.md is generated from the catalogue (make docs) and must
# be current: a new code is not done until users can read about it.
%args explain --all --markdown --lang en
%check diff docs/diagnostics.md <(cat docs/diagnostics-intro.md "$OUT")
