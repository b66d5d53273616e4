%args --version
%grep ^lkjip [0-9]+\.[0-9]+\.[0-9]+ \(format urn:lkjip:submission:1\)$
