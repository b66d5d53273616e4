# The samples also validate with plain xmllint against the installed
# schemas: the XSDs are usable without lkjip.
%args --version
%check for f in samples/*/*.xml; do case $f in */lkjip.xml) s=schemas/workspace.xsd;; *.lke.xml) s=schemas/lke.xsd;; *) s=schemas/submission.xsd;; esac; xmllint --noout --nonet --schema $s $f || exit 1; done
%check zcat samples/kab-sukamaju/opd-dinsos.xml.gz | xmllint --noout --nonet --schema schemas/submission.xsd -
