/* The fixed program of vm370 bench rexx: arithmetic, string built-ins and stems in loops */
total = 0
s. = ''
do i = 1 to 100000
  total = total + i * 2 - (i // 7)
  w = 'abc' || i
  n = length(w) + pos('c', w)
  s.i = substr(w, 2, 3) || right(i, 5, '0')
  if i // 1000 = 0 then total = total % 3
end
count = 0
do i = 1 to 100000 by 3
  if left(s.i, 2) == 'bc' then count = count + 1
  parse var s.i a 3 b
end
x = 0
do j = 1 to 50000
  x = x + 1.5
  y = word('the quick brown fox', j // 4 + 1)
  z = translate(y) || reverse(y)
end
say total count n x z
