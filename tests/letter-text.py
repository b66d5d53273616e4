#!/usr/bin/python3
# A letter of `lkjip check --letters` (HTML) as the text a reader sees, one
# line per block (heading, paragraph, table row, term, definition, list
# item), cells of a row joined by ": ", runs of white space as one space.
#
#   tests/letter-text.py LETTER.html              prints the text
#   tests/letter-text.py LETTER.html DOC FIRST    checks that DOC's block
#       (lines indented four spaces) starting with FIRST quotes the letter:
#       each of its lines is a line of the text, in the text's order; a line
#       "…" stands for lines left out. docs/panduan-opd.md quotes a letter so.
import html.parser
import sys

BLOCKS = {"h1", "h2", "h3", "p", "tr", "dt", "dd", "li", "header", "footer", "section", "div", "ol", "ul", "table", "dl"}


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lines, self.line, self.skip, self.cells = [], "", 0, 0

    def flush(self):
        text = " ".join(self.line.split())
        if text:
            self.lines.append(text)
        self.line, self.cells = "", 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        elif tag == "strong":
            self.line += " "
        elif tag in BLOCKS:
            self.flush()
        elif tag in ("td", "th"):
            if self.cells:
                self.line += ": "
            self.cells += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        elif tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.line += data


t = Text()
with open(sys.argv[1], encoding="utf-8") as f:
    t.feed(f.read())
t.flush()
if len(sys.argv) < 4:
    print("\n".join(t.lines))
    sys.exit(0)

block, on = [], False
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not on and line == "    " + sys.argv[3]:
            on = True
        if on and not line.startswith("    "):
            break
        if on:
            block.append(line[4:])
if not block:
    sys.exit(f"no block starting with {sys.argv[3]} in {sys.argv[2]}")
at = 0
for line in block:
    if line == "…":
        continue
    try:
        at = t.lines.index(line, at) + 1
    except ValueError:
        sys.exit(f"the letter has no line {line!r} (after line {at})\n--- the letter:\n" + "\n".join(t.lines))
