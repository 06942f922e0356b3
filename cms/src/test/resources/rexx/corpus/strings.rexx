/* String built-in functions */
say abbrev('PRINT','PRI') abbrev('PRINT','PRY') abbrev('PRINT','') abbrev('PRINT','P',2) abbrev('PRINT','PRINT',5)
say '['center('abc',7)']' '['center('abc',8,'-')']' '['centre('abcdefgh',3)']' '['center('ab',3)']'
say compare('abc','abc') compare('abc','abd') compare('ab ','ab') compare('ab','abc','c') compare('','')
say copies('ab',3) '['copies('x',0)']'
say delstr('abcdef',3) delstr('abcdef',3,2) delstr('abc',5) delstr('abcdef',1,10)'|'
say insert('123','abc') insert('123','abc',5,6,'-') insert('x','abc',1) insert('','abc',2,2,'*')
say lastpos(' ','abc def ghi') lastpos('x','abc') lastpos(' ','abc def ghi',7) lastpos('c','abc',2)
say left('abc',2) '['left('abc',5)']' left('abc',5,'.') '['left('',0)']'
say length('') length('hello world')
say overlay('.','abcdef',3) overlay('12','abc',5) overlay('xyz','abcdef',2,1) overlay('q','abc',2,3,'+')
say pos('de','abcdef') pos('x','abc') pos('a','banana',3) pos('','abc')
say reverse('abc') '['reverse('')']'
say right('abc',2) right('abc',5,'0') right('12',5)
say '['space('  a   b  c  ')']' '['space('a b c',2,'-')']' '['space('a  b',0)']'
say '['strip('  a b  ')']' '['strip('  a  ','L')']' '['strip('  a  ','t')']' strip('xxaxx',,'x') strip('00120','B','0')
say substr('abcdef',2,3) substr('abc',2) '['substr('abc',2,5)']' substr('abc',5,2,'.') substr('abc',1,0)'|'
say translate('abc') translate('abcabc','xy','ab') translate('abc','','b') translate('abc','1','abc','*')
say translate('hello','HE','he')
say verify('123','0123456789') verify('12a3','0123456789') verify('abc','b','M') verify('aaab','a',,2) verify('','a')
say xrange('a','e') c2x(xrange('fe'x,'02'x))
say changestr('a','banana','o') countstr('an','banana') changestr('','abc','x') countstr('','abc')
say index('abcdef','cd') index('abcabc','c',4) find('now is the time','is the') justify('a b c',9) justify('a b c',9,'.')
say '['justify('  one  two ',12)']' '['justify('one two three',5)']'
