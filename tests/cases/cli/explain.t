%args explain LKJ0201 --lang en
%stdout
LKJ0201 (error): Required element missing

The submission schema requires this element. For example, every <indikator> must have <nama> and <satuan>, every <sub-kegiatan> has a <pagu>.
