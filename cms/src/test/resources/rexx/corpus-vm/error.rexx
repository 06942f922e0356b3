/* An error deep in a call: the trace-back, then the CMS message */
say 'start'
call outer
say 'not reached'
exit
outer:
  call inner 0
  return
inner:
  say 10 / arg(1)
  return
