/* Compound variables, stems, DROP, SYMBOL and VALUE */
a. = 'default'
a.1 = 'one'
i = 2; a.i = 'two'
say a.1 a.2 a.3 a.i
j = 'x y'; a.j = 'blank tail'
say a.j a.x
b.i.j = 'two dims'
say b.2.x
drop a.1
say a.1 a.2
drop a.
say a.1 a.2 a.
c.0 = 3; c.1 = 'a'; c.2 = 'b'; c.3 = 'c'
do k = 1 to c.0; say k c.k; end
drop i
say a.i
i = 'I'
say symbol('a.i')
xx = 'yy'; drop (xx) ; say xx
yy = 5; list = 'yy zz'; zz = 6; drop (list); say yy zz
say value('c.1') value('C.'c.0)
call value 'new.5', 'set by value'
say new.5
s.1.2 = 'deep'; m = 1; n = 2
say s.m.n s.1.n
d.abc = 'lower'; say d.abc d.ABC
q = '.'
e.q = 'dot tail'; say e.q e..
t. = 0; do w = 1 to 5; t.w = t.w + w; end; say t.3 t.6
