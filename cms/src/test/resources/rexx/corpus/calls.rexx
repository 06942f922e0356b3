/* CALL, functions, RETURN, PROCEDURE EXPOSE, ARG(), RESULT, recursion */
say fact(10) fact(20)
call greet 'world'
say result
call noresult
say symbol('RESULT')
g = 1; h = 2
call shared
say g h newvar
call private
say g h symbol('LOCAL')
stem.1 = 'one'; stem.2 = 'two'; list = 'g h'
call exposer
say g h stem.1 stem.3
say args(1, , 3) args() args(,)
say fib(15)
say substr('abc', 2)
say max(3, 7, 2) min(3, 7, -2)
say twice(twice(3))
exit

fact: procedure
  parse arg n
  if n <= 1 then return 1
  return n * fact(n - 1)

greet:
  return 'hello,' arg(1)

noresult:
  return

shared:
  g = g + 10
  newvar = 'created'
  return

private: procedure
  local = 1
  g = 'not seen'
  return

exposer: procedure expose g stem. (list)
  g = 'exposed'; h = 'too'; stem.3 = 'three'
  return

args:
  out = arg()
  do i = 1 to arg()
    out = out i':' || arg(i, 'E') || arg(i, 'O') || '='arg(i)
  end
  return out

fib: procedure
  arg n
  if n < 2 then return n
  return fib(n - 1) + fib(n - 2)

quoted:
  return 'internal'

twice: return arg(1) * 2
