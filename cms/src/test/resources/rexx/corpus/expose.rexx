/* PROCEDURE EXPOSE of compound variables, stems and indirect lists */
a.1 = 'one'; a.2 = 'two'; i = 2
call sub
say a.1 a.2 a.3 symbol('B.1')
call whole
say a.1 a.2 a.9
names = 'x y'; x = 1; y = 2; z = 3
call indirect
say x y z
exit
sub: procedure expose i a.i
  a.i = 'changed'
  a.1 = 'local'
  a.3 = 'local3'
  b.1 = 'local b'
  return
whole: procedure expose a.
  a.1 = 'whole'; a.9 = 'nine'
  return
indirect: procedure expose (names) z
  x = x + 10; y = y + 20; z = z + 30
  return
