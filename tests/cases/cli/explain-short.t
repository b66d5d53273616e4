# The bare number and lower case are accepted.
%args explain 0103
%grep ^LKJ0103 \(kesalahan\): DOCTYPE tidak diizinkan
