/* DO in all forms, LEAVE, ITERATE, IF, SELECT, NOP */
do i = 1 to 3; say 'i' i; end
do i = 10 to 1 by -3; say 'down' i; end
do i = 1 by 2 for 3; say 'for' i; end
do i = 0.5 to 2 by 0.5; say 'frac' i; end
do 3; say 'thrice'; end
n = 0; do forever; n = n + 1; if n > 4 then leave; end; say 'forever' n
do i = 1 to 10 while i < 4; say 'while' i; end
do i = 1 to 10 until i >= 2; say 'until' i; end
do while n > 0; n = n - 2; end; say 'n' n
do until n = 3; n = n + 1; end; say 'n' n
do i = 1 to 5; if i = 2 then iterate; if i = 4 then leave; say 'body' i; end; say 'after' i
do i = 1 to 0; say 'never'; end; say 'i after empty' i
do outer = 1 to 3
  do inner = 1 to 3
    if inner = 2 then iterate outer
    if outer = 3 then leave outer
    say outer inner
  end inner
end outer
do k.1 = 1 to 2; say 'compound' k.1; end
do j = 1 to 3; j = j + 1; say 'j' j; end
do i = 1 to 3 by 1 for 2 while i > 0; say 'all' i; end
do x = 5 for 1; say 'x' x; end
do; say 'simple do'; end
if 1 then say 'then'; else say 'else'
if 0 then say 'then'; else say 'else'
if 1 then if 0 then say 'a'; else say 'inner else'
if 0 then nop; else do; say 'block'; say 'else'; end
if 1 then
  say 'next line then'
else
  say 'not'
do i = 1 to 4
  select
    when i = 1 then say 'one'
    when i = 2 then do; say 'two'; say 'still two'; end
    when i = 3 then nop
    otherwise say 'other' i
  end
end
select; when 0 then say 'no'; otherwise; say 'empty otherwise'; say 'more'; end
select
  when 1 = 1 then say 'first true'
  when 2 = 2 then say 'second'
end
count = 0
do i = 1 to 1000; count = count + i; end
say count i
do i = 3 to 1; end; say i
do i = 1 to 3 by 1.5; say i; end
