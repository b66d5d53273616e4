# Issue 13 item 3: the same report in both formats. For every sample unit
# (the LKjIP and the PK), the text of every heading, table cell and
# paragraph of the HTML and of the DocBook is the same sequence: for the
# year in Indonesian, in English, and for the third quarter.
%timeout 300
%args build samples/ -o $TMP/id --format html,docbook,pk --no-cache --state $TMP/s1 --quiet
%check tests/parity.sh $TMP/id > $TMP/id.txt; s=$?; cat $TMP/id.txt | grep -v '^same' | head -40; [ $s = 0 ] && [ "$(grep -c '^same ' $TMP/id.txt)" = 15 ]
%check $LKJIP build samples/ -o $TMP/en --format html,docbook,pk --report-lang en --no-cache --state $TMP/s2 --quiet && tests/parity.sh $TMP/en > $TMP/en.txt; s=$?; grep -v '^same' $TMP/en.txt | head -40; [ $s = 0 ] && [ "$(grep -c '^same ' $TMP/en.txt)" = 15 ]
%check $LKJIP build samples/ -o $TMP/q3 --format html,docbook,pk --period 2025-Q3 --no-cache --state $TMP/s3 --quiet && tests/parity.sh $TMP/q3 > $TMP/q3.txt; s=$?; grep -v '^same' $TMP/q3.txt | head -40; [ $s = 0 ] && [ "$(grep -c '^same ' $TMP/q3.txt)" = 15 ]
