/* Built-ins about the program and its environment; DATE and TIME by shape; NOP, OPTIONS, EXIT */
say errortext(16) '|' errortext(41) '|' errortext(0)'|'
say sourceline() left(sourceline(1), 12)
address SOMEENV
say address()
address OTHER
address
say address()
say trace() trace('R') trace('O') trace()
trace normal
say digits() fuzz() form()
say length(date()) length(date('S')) length(date('U')) length(date('E')) length(date('O')) date('S') > 19990101
say datatype(date('B'), 'W') datatype(date('D'), 'W') wordpos(date('W'), 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday') > 0
say wordpos(date('M'), 'January February March April May June July August September October November December') > 0
say length(time()) length(time('L')) datatype(time('S'), 'W') datatype(time('M'), 'W') datatype(time('H'), 'W')
call time 'E'; say datatype(time('E'), 'N') datatype(time('R'), 'N')
t = time('C'); say right(t, 2) = 'am' | right(t, 2) = 'pm'
r = random(); say r >= 0 & r <= 999
r = random(5, 7); say r >= 5 & r <= 7
r = random(10); say r >= 0 & r <= 10
nop
options 'ETMODE'
say queued() xrange('0', '9')
x = 3
say value('X') symbol('X') symbol('9')
say 'done'
exit 7
