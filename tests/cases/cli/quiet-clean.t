# --quiet on a clean file prints nothing at all (cron mails nothing).
%args check --quiet tests/data/ok/minimal.xml
%stdout
