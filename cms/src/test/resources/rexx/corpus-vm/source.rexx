/* PARSE SOURCE, PARSE VERSION, PARSE NUMERIC and ADDRESS() as CMS shows them */
parse source system how name
say system how
parse version language level date
say language level
parse numeric digits fuzz form
say digits fuzz form
say address()
if 'abc' then nop
