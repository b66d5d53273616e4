# --lang en: the suggestions' headings, bases and items in English.
%args evaluasi --lang en samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  Suggested from the data \(lkjip\):$
%grep ^  Criterion Sugg\.  Evaluator     Self   Evidence$
%grep ^  1\.b\.6         B          B        B   9 of 11 Renstra indicators \(target-setiap-tahun\)$
%grep ^      tests/data/lke/data/gagal\.xml:44: DINKES-AKI: no target for 2023, 2024$
%grep ^  Only people can judge: 1\.a\.1 
%check grep -q "warning LKJ0820: criterion '1.b.7': the self-assessment answered 'A', the data suggests 'B' (9 of 11 Renstra indicators; first tests/data/lke/data/gagal.xml:110 DINKES-PERSALINAN: no end-of-period target)$" "$ERR"
