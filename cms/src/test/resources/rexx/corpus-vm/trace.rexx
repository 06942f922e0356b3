/* TRACE output goes to the trace stream (standard error here) */
trace r
x = 1 + 2
say x
trace i
y = x * 2 'apples'
trace l
call sub
trace o
say 'quiet'
exit
sub:
  return
