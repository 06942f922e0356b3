/* Conversion built-ins and hex/binary strings */
say c2x('abc') c2x('') x2c('616263') x2c('61 62') x2c('F') '['x2c('')']'
say '414243'x '0100 0001'b '1'b '41 42'x c2x('0f'x)
say b2x('11000011') b2x('111') b2x('1 0000 0001') x2b('C3') x2b('0f 1') x2b('')
say c2d('a') c2d('0101'x) c2d('ff'x) c2d('ff'x,1) c2d('ff80'x,2) c2d('80'x,2) c2d('',0)
say d2c(97) c2x(d2c(65535)) c2x(d2c(-1,2)) c2x(d2c(5,3))
say d2x(255) d2x(0) d2x(-1,4) d2x(4096,2) d2x(129,6)
say x2d('FF') x2d('81',2) x2d('81',4) x2d('F081',3) x2d('') x2d('0fff')
say c2x(bitand('73'x,'27'x)) c2x(bitor('15'x,'24'x)) c2x(bitxor('12'x,'22'x)) c2x(bitand('ff00'x,'f0'x)) c2x(bitor('01'x,,'f0'x))
say c2x(bitxor('1111'x,'01'x,'ff'x)) c2x(bitand('abc','9'))
