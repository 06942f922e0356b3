         TITLE 'CMSHELLO - A PROGRAM THAT RUNS UNDER CMS'
*        Under CMS:  ASMRUN CMSHELLO  (or GLOBAL MACLIB CMSLIB, then
*        ASSEMBLE CMSHELLO, LOAD CMSHELLO, START).  It writes a line on
*        the terminal with WRTERM and a file, HELLO DATA A, with FSWRITE,
*        then returns to CMS with return code 0.
CMSHELLO CSECT
         REGEQU
         LR    R12,R15            CMS enters with R15 = entry point
         USING CMSHELLO,R12
         WRTERM 'HELLO FROM A CMS PROGRAM'
         FSWRITE 'HELLO DATA A1',BUFFER=RECORD,BSIZE=80
         SR    R15,R15            return code 0
         BR    R14
RECORD   DC    CL80'WRITTEN BY CMSHELLO WITH FSWRITE'
         END   CMSHELLO
