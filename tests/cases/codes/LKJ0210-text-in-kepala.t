# Text directly inside <kepala>, which holds only elements.
%args check --lang en tests/data/bad/text-in-kepala.xml
%exit 1
%stdout
tests/data/bad/text-in-kepala.xml:5:5: error LKJ0210: <kepala> in unit 'dinkes' must not contain text directly
  hint: move the text into the matching child element, such as <nama> or <uraian>
lkjip: 1 file checked, 1 error, 0 warnings
