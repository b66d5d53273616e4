# A kabupaten without induk supports a provinsi sasaran; the provinsi's
# file is rejected (its unit lacks <nama>): the dangling reference is a
# note naming that file, not LKJ0401.
%setup mkdir $TMP/ws && cp samples/provinsi/prov-jateng.xml samples/kab-sukamaju/kab-sukamaju.xml $TMP/ws/ && sed -i 's# induk="prov-jateng"##' $TMP/ws/kab-sukamaju.xml && sed -i '0,/<nama>[^<]*<\/nama>/s###' $TMP/ws/prov-jateng.xml
%args check --link --lang en $TMP/ws
%exit 1
%grep prov-jateng.xml:[0-9]+:[0-9]+: error LKJ0201
%grep kab-sukamaju.xml:40:[0-9]+: note LKJ0416: the support of sasaran 'KAB-S1' is not linked because 'PROV-S1' is in the file .*/ws/prov-jateng.xml, which was rejected
%nogrep LKJ0401
