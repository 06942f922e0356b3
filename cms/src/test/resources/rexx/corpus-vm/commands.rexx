/* Host commands outside CMS: every environment answers RC -3, a FAILURE (ERROR when FAILURE is not trapped) */
'ERASE PROFILE EXEC A'
say 'rc' rc
address CP 'QUERY TIME'
say 'cp rc' rc
call on error name onerror
'LISTFILE * * A'
say 'after call on error, rc' rc
call off error
signal on failure
address COMMAND 'STATE X Y Z'
say 'not reached'
failure:
say 'failure trapped:' condition('C') condition('D') 'rc' rc 'line' sigl
exit 3

onerror:
  say 'error handler:' condition('C') condition('I') condition('S') 'rc' rc
  return
