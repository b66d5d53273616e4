# Two category bands with one code.
# Expected hint: 'every category code must be unique'.
%args check --lang en tests/data/bad/profile-kategori-kode.xml
%exit 1
%stdout
tests/data/bad/profile-kategori-kode.xml:11:17: error LKJ0208: the category code 'ST' is used more than once in this file
  hint: every category code must be unique; the first is on line 9
lkjip: 1 file checked, 1 error, 0 warnings
