/* Powers with many multiplications: the standard square-and-multiply to DIGITS+length(n)+1 digits (Regina differs in the last digit) */
say 2**100 3**50 1.1**30 7**-3 2**0 0**0 (-3)**3 1.0001**1000
