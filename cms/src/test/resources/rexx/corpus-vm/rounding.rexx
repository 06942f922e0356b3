/* Where the standard rounds to NUMERIC DIGITS first and Regina 3.6 does not (see DIFFERENCES.md) */
say trunc(-0.1) trunc(0.00001,3)
numeric digits 4
say trunc(123456.7) max(12345, 1) min(-12345, 1)
