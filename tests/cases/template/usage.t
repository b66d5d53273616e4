# template needs one workspace and -o.
%args template --lang en samples/kab-sukamaju
%exit 2
%check grep -q 'template needs an output folder: -o DIR' $ERR
