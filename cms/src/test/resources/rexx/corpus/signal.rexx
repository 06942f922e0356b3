/* SIGNAL to labels, SIGNAL ON/OFF conditions, CALL ON, CONDITION() and SIGL */
signal skip
say 'not reached'
skip:
say 'skipped to line' sigl
do i = 1 to 10
  if i = 3 then signal outofloop
end
outofloop:
say 'left loop at' i
signal on syntax
say 'before error'
x = 1 / 0
say 'not reached'
syntax:
say 'syntax trapped rc' rc 'from line' sigl condition('C') condition('I') condition('S')
say errortext(rc)
signal on syntax name badcall
call substr 'abc', -1
say 'not reached'
badcall:
say 'second trap' rc condition('C')
signal on novalue
y = 'defined'
say y
say undefinedvariable
say 'not reached'
novalue:
say 'novalue for' condition('D') 'line' sigl
signal off novalue
say undefinedagain
signal on novalue name nv2
z = stem.undefinedtail
nv2:
say 'compound novalue' condition('D')
signal off novalue
lab = 'dynamic'
signal value lab
say 'not reached'
dynamic:
say 'signal value worked'
interpret 'signal inner'
say 'not reached'
inner:
say 'signal from interpret'
signal on syntax name deep
call level1
deep:
say 'error deep in a call:' rc sigl
say condition('I') condition('C')
call on halt name hhh
say 'call on set' condition('C')
signal on syntax name unmatched
interpret 'say (1'
unmatched:
say 'interpret error' rc
exit 0

level1:
  call level2
  return
level2:
  say 'in level2'
  x = 'a' + 1
  return
