/* INTERPRET: expressions built at run time, loops and assignments inside */
interpret 'say 1 + 2'
var = 'abc'
interpret var '= 42'
say abc
interpret 'do i = 1 to 3; say "loop" i; end'
say 'i is' i
code = 'x = 0;' 'do j = 1 to 5;' 'x = x + j;' 'end'
interpret code
say x
do k = 1 to 3
  interpret 'v'k '= k * k'
end
say v1 v2 v3
interpret 'if x > 10 then say "big"; else say "small"'
name = 'greeting'
interpret name "= 'hello'"
say greeting
say value('GREETING') value('greeting', 'bye') greeting
interpret 'call sub 5'
say result
exit
sub: return arg(1) * 10
