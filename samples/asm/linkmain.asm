         TITLE 'LINKMAIN - CALLS A ROUTINE IN ANOTHER DECK'
*        Two control sections, an EXTRN, a weak WXTRN that stays
*        unresolved, a V-constant and an ENTRY; linked with LINKSUB.
MAIN     CSECT
         EXTRN SUBDATA
         WXTRN OPTIONAL
         ENTRY MAINENT
         USING MAIN,15
         STM   14,12,12(13)
         L     15,=V(SUBRTN)
         BALR  14,15
         L     1,ADATA
MAINENT  LM    14,12,12(13)
         BR    14
ADATA    DC    A(SUBDATA)
AOPT     DC    A(OPTIONAL)
ALOCAL   DC    A(MAINENT,OTHER)
SECOND   CSECT
OTHER    DC    A(MAIN,SECOND)
         DC    V(SUBRTN)
         DC    A(SUBDATA+8-MAIN+MAINENT)
         END   MAIN
