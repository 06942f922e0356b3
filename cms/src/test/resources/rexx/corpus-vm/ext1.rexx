/* an external function: called from calls.rexx */
parse arg word, times
return copies(word, times)
