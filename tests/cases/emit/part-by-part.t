# A report made part by part (src/stream.c, docs/present.md "Part by part")
# is byte for byte the report made whole: LKJIP_STREAM=always makes every
# unit's LKjIP and PK part by part, cut at every point the present stage
# offers (after each row of a long table, each chart, each row of a chart,
# each section), never makes them whole. HTML, DocBook and the PK, for the
# year in Indonesian and for a quarter in English, under the sanitizers.
%timeout 300
%setup LKJIP_STREAM=never build/check/lkjip build samples -o $TMP/whole --format html,docbook,pk --no-cache --quiet --state $TMP/s1
%setup LKJIP_STREAM=never build/check/lkjip build samples -o $TMP/whole-q3 --format html,docbook,pk --no-cache --quiet --state $TMP/s2 --report-lang en --period 2025-Q3
%args explain LKJ0903
%check LKJIP_STREAM=always build/check/lkjip build samples -o $TMP/parts --format html,docbook,pk --no-cache --quiet --state $TMP/s3 && diff -r $TMP/whole $TMP/parts
%check LKJIP_STREAM=always build/check/lkjip build samples -o $TMP/parts-q3 --format html,docbook,pk --no-cache --quiet --state $TMP/s4 --report-lang en --period 2025-Q3 && diff -r $TMP/whole-q3 $TMP/parts-q3
