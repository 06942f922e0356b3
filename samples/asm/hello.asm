         TITLE 'HELLO - A STANDALONE PROGRAM FOR IPL FROM CARDS'
*        IPL from the card reader: writes a line to the 3215 console
*        at 009 with SIO, waits for the end with TIO, then loads a
*        disabled wait PSW (wait code 0: success, BAD: SIO failed).
HELLO    START X'2000'
         BALR  12,0
         USING *,12
         LA    1,CCW
         ST    1,CAW
         SIO   CONSOLE
         BC    7,FAILED           cc not 0: not started
POLL     TIO   CONSOLE
         BC    2,POLL             cc 2: still busy
         LPSW  DONE
FAILED   LPSW  ERROR
CAW      EQU   X'48'
CONSOLE  EQU   X'009'
         DS    0D
DONE     DC    X'0002000000000000'   disabled wait, code 0
ERROR    DC    X'0002000000000BAD'   disabled wait, code BAD
CCW      DC    X'09',AL3(MESSAGE),X'20',X'00',AL2(L'MESSAGE)
MESSAGE  DC    C'HELLO FROM A STANDALONE S/370 PROGRAM'
         END   HELLO
