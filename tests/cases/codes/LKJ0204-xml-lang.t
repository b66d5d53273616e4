# xml:lang (an attribute in the XML namespace), which the format does not have:
# named as written and located at the attribute.
%args check --lang en tests/data/bad/xml-lang.xml
%exit 1
%stdout
tests/data/bad/xml-lang.xml:21:15: error LKJ0204: the attribute 'xml:lang' is not allowed on <nama> in indikator 'DINKES-AKI'
  hint: check its spelling; the valid attributes are listed in docs/format.md
lkjip: 1 file checked, 1 error, 0 warnings
