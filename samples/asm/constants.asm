         TITLE 'CONSTANTS - EVERY DC TYPE'
*        Every constant type of DC and DS, with explicit lengths,
*        duplication factors, several operands and alignment.
CONST    CSECT
         USING CONST,15
         DS    0D
         PRINT DATA                     every byte of long constants
CHARS    DC    C'HELLO, WORLD'          character
CHARPAD  DC    CL8'AB'                  padded with blanks
CHARCUT  DC    CL2'ABCDEF'              truncated on the right
QUOTE    DC    C'IT''S && CO'           doubled quote and ampersand
HEX      DC    X'0123456789ABCDEF'      hexadecimal
         PRINT NODATA
HEXPAD   DC    XL4'FF'                  padded on the left
HEXODD   DC    X'ABC'                   odd digit count
BITS     DC    B'10100101'              binary
BITS2    DC    BL2'1'
FULL     DC    F'1,-1,2147483647'       fullwords, aligned
HALF     DC    H'32767,-32768'          halfwords
FULL3    DC    FL3'-2'                  unaligned, three bytes
         DC    3F'7'                    duplication
ADDR     DC    A(CHARS,ADDR+4,*)        address constants
ADDRL3   DC    AL3(HEX)
ABSOL    DC    A(ADDR-CHARS)            absolute: pairs cancel
YCON     DC    Y(FULL,4095)
VCON     DC    V(EXTERNAL)
SCON     DC    S(FULL,8(12))            base and displacement
PACKED   DC    P'123,-45,+0'
PACKL    DC    PL4'9'
ZONED    DC    Z'123,-45'
ZONEL    DC    ZL5'7'
SHORT    DC    E'1,-0.5,100'
LONG     DC    D'3.14159265358979,0'
EXT      DC    L'1,-2.5'
MIXED    DC    C'A',X'01',H'2',F'3'     alignment between operands
AREA     DS    CL80
WORDS    DS    4F
DOUBLE   DS    D
         DS    0F
LEN      EQU   *-CHARS
LENGTHS  DC    AL1(L'CHARS,L'FULL,L'AREA,L'PACKED)
         END
