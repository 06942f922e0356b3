/* Word built-in functions */
s = '  Now is   the time  '
say words(s) words('') word(s,1) word(s,3) '['word(s,9)']'
say wordindex(s,1) wordindex(s,3) wordindex(s,7) wordlength(s,2) wordlength(s,4) wordlength(s,5)
say '['subword(s,2)']' '['subword(s,2,2)']' '['subword(s,5)']' '['subword(s,1,0)']'
say '['delword(s,2)']' '['delword(s,2,2)']' '['delword('a b c',5)']' '['delword('a b c',1,1)']'
say wordpos('the','now is the time') wordpos('is  the','now is the time') wordpos('x','a b') wordpos('a','a b a',2)
say '['space(s)']' '['space(s,3)']'
