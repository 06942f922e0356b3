/* PARSE with every source and template form */
parse value 'The quick brown fox' with a bb c
say '['a']['bb']['c']'
parse value '  lead  and  trail  ' with w1 w2 rest
say '['w1']['w2']['rest']'
parse value 'only' with x1 y z
say '['x1']['y']['z']'
parse value 'key=value; other' with k '=' v ';' r
say k v '['r']'
parse value 'abcdefghij' with 3 p 6 q +2 r -4 s
say p q r s
parse value 'abcdefghij' with p 4 q =8 r
say p q r
parse value '12345' with 2 p +2 . +1 q
say p q
delim = ','
parse value 'x,y,z' with a (delim) b (delim) c
say a b c
n = 3
parse value 'abcdefg' with =(n) p +(n) q
say p q
parse value 'no match here' with a 'zzz' bb
say '['a']['bb']'
parse value 'a.b' with a '.' . 
say a
parse upper value 'mixed Case' with u
say u
s = 'one two'
parse var s first second
say second first
parse value 'x' with . 1 all
say all
call sub 'a b c', 'second arg', , 'fourth'
exit

sub:
  parse arg one, two, three, four
  say '['one']['two']['three']['four']'
  arg upper1 rest, up2
  say upper1 '|' rest '|' up2
  parse arg p1 p2
  say p2
  parse source system how name
  say how
  parse version lang level .
  say left(lang, 4)
  parse value 'a b c d' with x1 y 'c' z
  say '['x1']['y']['z']'
  parse value 'abc' with 1 x 1 y
  say x y
  parse value '' with x1 y
  say '['x1']['y']'
  parse value 'a  b' with x1 ' ' y
  say '['x1']['y']'
  return
