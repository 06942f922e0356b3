         TITLE 'MACROS - THE MACRO LANGUAGE'
*        A source macro and library macros (from maclib), nested calls,
*        AIF loops, SETC string work, sublists, keywords, &SYSLIST,
*        subscripted and global SET symbols, attributes and MNOTE.
         MACRO
&NAME    STRINGS &TEXT,&PARTS
         LCLC  &FIRST,&REST,&UP
         LCLA  &K,&N
&FIRST   SETC  '&TEXT'(1,1)
&REST    SETC  '&TEXT'(2,K'&TEXT-1)
&NAME    DC    C'&REST&FIRST.AY'
&N       SETA  N'&PARTS
&K       SETA  1
.PART    AIF   (&K GT &N).ENDP
         DC    C'&PARTS(&K)'
&K       SETA  &K+1
         AGO   .PART
.ENDP    AIF   ('&FIRST' NE 'P').NOTP
         MNOTE *,'&TEXT STARTS WITH P'
.NOTP    ANOP
         DC    C'(3)''AB'''
&UP      SETC  (3)'AB'
         DC    C'&UP'
         MEND
         MACRO
         LIST  &A,&B,&C
         LCLA  &I
.NEXT    ANOP
&I       SETA  &I+1
         AIF   (&I GT N'&SYSLIST).END
         AIF   (T'&SYSLIST(&I) EQ 'N').NUMBER
         DC    A(&SYSLIST(&I))
         AGO   .NEXT
.NUMBER  DC    F'&SYSLIST(&I)'
         AGO   .NEXT
.END     MEND
         MACRO
         SQUARES &COUNT
         LCLA  &SQ(10),&I
&I       SETA  1
.FILL    ANOP
&SQ(&I)  SETA  &I*&I
&I       SETA  &I+1
         AIF   (&I LE &COUNT).FILL
         DC    H'&SQ(1),&SQ(2),&SQ(&COUNT)'
         MEND
         GBLA  &ENTRIES
MACROS   CSECT
         SAVEREGS BASE=12
         USING MACROS+2,12
PIG      STRINGS PIGLATIN,(ONE,TWO,THREE)
         STRINGS HELLO,()
         TABLE 3,XY
TAB2     TABLE 2
         LIST  PIG,12,TAB2
         PRINT NOGEN                    list the call only
         SQUARES 5
         PRINT GEN
         DC    F'&ENTRIES'
         DC    A(TAB2E1,TAB2E2)
         END   MACROS
