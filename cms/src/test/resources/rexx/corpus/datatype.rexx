/* DATATYPE and SYMBOL */
list = '123 12.5 -3 1e5 abc ABC aBc a1 10110 0f_x ?x .5 5. 1 2 3'
do i = 1 to words(list)
  w = word(list, i)
  say left(w,6) datatype(w) datatype(w,'A') datatype(w,'B') datatype(w,'L') datatype(w,'M'),
      datatype(w,'N') datatype(w,'S') datatype(w,'U') datatype(w,'W') datatype(w,'X')
end
say datatype('') datatype('',"X") datatype('', 'B') datatype(' 12 ') datatype('1 2') datatype('12.0','W')
say datatype('ab cd','X') datatype('0001 1','B') datatype('12.5','W') datatype('-0','W')
x = 5; drop y
say symbol('x') symbol('y') symbol('1abc') symbol('a b') symbol('z.1') symbol('.')
z.1 = 'one'
say symbol('z.1') symbol('Z.2') symbol('z.')
