/* The program stack: QUEUE, PUSH, PULL, PARSE PULL, QUEUED(), and PULL from standard input */
say queued()
queue 'first'
queue 'second'
push 'zeroth'
say queued()
pull a
say a
parse pull b
say b
parse pull c
say c queued()
queue
parse pull empty
say '['empty']' queued()
do i = 1 to 3; queue 'line' i; end
do while queued() > 0
  parse pull line
  say line
end
pull fromstdin
say 'from stdin:' fromstdin
parse pull raw
say 'raw:' raw
parse linein another
say 'linein:' another
say linein()
