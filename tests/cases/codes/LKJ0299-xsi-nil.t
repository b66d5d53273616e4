# xsi:nil on an element that is not nillable: no other code fits, the
# validator's message is passed on.
%args check --lang en tests/data/bad/xsi-nil.xml
%exit 1
%stdout
tests/data/bad/xsi-nil.xml:16:3: error LKJ0299: schema violation: The element is not 'nillable'.
  hint: compare this part with docs/format.md
lkjip: 1 file checked, 1 error, 0 warnings
