/* FORMAT, TRUNC, ABS, SIGN, MAX, MIN */
say format(3) format(1.73) format(-.76) format(0) format('  12.50  ')
say '['format(3,4)']' '['format(1.73,4,0)']' '['format(1.73,4,3)']' '['format(-.76,4,1)']' '['format(3.03,4)']'
say '['format(-12.73,,4)']' '['format(0.000,2,2)']' '['format(12345.73,,,2,2)']' '['format(12345.73,,3,,0)']'
say '['format(1.234573,,3,,0)']' '['format(123.45,,,3,0)']' '['format(1.2345e-13,,,,)']' '['format(0.000123,,,2,1)']'
say '['format(12.5,3,0)']' '['format(99.99,,1)']' '['format(-0.001,,2)']' '['format(1e12)']' '['format(123456789012)']'
say '['format(1.5e10,,2)']' '['format(12345678,,,,4)']' '['format(1.23e-7,,3)']'
say trunc(12.3) trunc(12.789,2) trunc(-12.789) trunc(1.5e3) trunc(12,3) trunc(0.1234,3)
say abs(-5) abs(3.20) abs('-0.0') sign(-3) sign(0) sign('4.5') sign('-0')
say max(1, 2.5, -3) min(1, 2.5, -3) max(7) min('1e2', 99) max(1.10, 1.1)
numeric digits 4
say format(123456) abs(-12345) 1 / 3
