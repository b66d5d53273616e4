# Characters beside the controls in Unicode and in UTF-8 (U+202F, U+2070,
# U+061B, U+200D, raw and as references) and references that are only
# text (escaped, in CDATA, in a comment). No diagnostic.
%args check --lang en tests/data/ok/bidi-near-miss.xml
%stdout
lkjip: 1 file checked, 0 errors, 0 warnings
