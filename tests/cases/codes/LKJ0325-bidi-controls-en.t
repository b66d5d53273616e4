# The same in English.
%args check --lang en tests/data/bad/bidi-controls.xml
%exit 1
%stdout
tests/data/bad/bidi-controls.xml:6:28: error LKJ0325: the invisible bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE in the text of <nama> in unit 'dinkes'
  hint: delete the invisible character (often pasted from another document); in the reports it can reverse the order of the text and figures after it
tests/data/bad/bidi-controls.xml:15:94: error LKJ0325: the invisible bidirectional control U+2066 LEFT-TO-RIGHT ISOLATE in the attribute nomor of <periode-rencana>
  hint: delete the invisible character (often pasted from another document); in the reports it can reverse the order of the text and figures after it
tests/data/bad/bidi-controls.xml:16:37: error LKJ0325: the invisible bidirectional control U+200F RIGHT-TO-LEFT MARK in a comment
  hint: delete the invisible character (often pasted from another document); in the reports it can reverse the order of the text and figures after it
tests/data/bad/bidi-controls.xml:58:52: error LKJ0325: the invisible bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE (written &#x202E;) in the text of <p>
  hint: delete the invisible character (often pasted from another document); in the reports it can reverse the order of the text and figures after it
lkjip: 1 file checked, 4 errors, 0 warnings
