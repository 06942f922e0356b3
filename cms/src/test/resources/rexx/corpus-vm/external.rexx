/* External routines: found next to the program, called as functions and subroutines */
say ext1('hello', 3)
call ext1 'x', 1
say result
say 'EXT1'('ab', 2)
parse source . how .
say how
