/* Arithmetic: the operators, NUMERIC DIGITS, FUZZ and FORM, exponent notation */
say 1/3 2/3 10/4 6/2 1/8 12/0.5
say 1.50+1 1.50-1.50 3.0*2.00 0.1+0.2 -5+3 5-8
say 7%2 7//2 '-7'//2 '-7'%2 2**10 2**-2 (-2)**3 -2**2
say 1e3 1e3+0 1.5e-3*1 12345678901 123456789*10
say 0.000001*1 0.0000001*1 1e-20*1 9999999999+1
say 10**20 100**5 1000000000/1 2e9/2 1e20/1
say '  12  ' + 1 '+5' + 0 ' - 3' * 2 '.5' + 0 '5.' + 0
say 007 + 0 '1E+2' + 0 1.00000000001 + 0
numeric digits 5
say 1/3 123456 + 0 1.2345678 * 1 99999 + 1 digits()
numeric digits 20
say 1/7 2**64 1/3*3
numeric digits
say digits() 1/7
numeric fuzz 1
say (123456789 = 123456788) fuzz()
numeric fuzz 0
say (123456789 = 123456788)
numeric form engineering
say 10**20 1.23e-11*1 12345678901 form()
numeric form scientific
say 12345678901 form()
numeric form value 'ENGINEERING'
say form() 1e10*1
numeric form
say (1 = 1.0) ('1' == '1.0') (2 > 10) ('2' >> '10') ('abc' < 'abd') (' a ' = 'a')
say (3 \= 4) (3 <> 3) (3 >< 4) (4 >= 4) (4 <= 3) (5 \< 4) (5 \> 4)
say ('a' \== 'b') ('b' >>= 'a') ('a' <<= 'a') ('b' \<< 'a') ('b' \>> 'a') ('ab' < 'ab  ')
say (1 & 0) (1 | 0) (1 && 1) (\1) (\0) (\ 0 & 1)
say (1 + 2) * 3 1 + 2 * 3 - 4 / 2 2 ** 3 ** 2
x = 5; y = x * x; say x y x || y x'%' (x)(y)
