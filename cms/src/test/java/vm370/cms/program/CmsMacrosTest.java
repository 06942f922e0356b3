package vm370.cms.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.s370.asm.Assembler;
import vm370.s370.asm.AssemblyResult;
import vm370.s370.storage.BigEndian;

/** The CMSLIB macros assemble cleanly with the project's assembler, in every operand form. */
class CmsMacrosTest {

    static AssemblyResult assemble(List<String> source) {
        Library cmslib = SystemLibraries.cmslib();
        Assembler assembler = Assembler.withLibraries(List.of(name -> cmslib.member(name).map(Library::lines)));
        return assembler.assemble("TEST", source);
    }

    @Test
    void everyMacroFormAssemblesWithoutAMessage() {
        AssemblyResult result = assemble(List.of(
                "TEST     CSECT",
                "         USING TEST,15",
                "         REGEQU",
                "         WRTERM 'HELLO, WORLD'",
                "         WRTERM LINE,10",
                "         WRTERM (R2),(R3),ERROR=BAD",
                "         RDTERM BUFFER",
                "         RDTERM (R4),EDIT=NO",
                "         LINEDIT TEXT='COUNT .... HEX ....',SUB=(DEC,(R3),HEX,COUNT)",
                "         LINEDIT TEXT='NAME ....',SUB=(CHARA,LINE),DOT=NO,COMP=NO",
                "         FSWRITE 'OUT DATA A1',BUFFER=LINE,BSIZE=80,ERROR=BAD",
                "         FSWRITE 'OUT DATA A',BUFFER=(R2),BSIZE=(R3),RECFM=V",
                "         FSREAD  'OUT DATA *',BUFFER=BUFFER,BSIZE=80,RECNO=(R5),ERROR=BAD",
                "         FSREAD  FSCB=MYFSCB,ERROR=BAD",
                "         FSCLOSE 'OUT DATA A'",
                "         FSSTATE 'OUT DATA',ERROR=BAD",
                "         FSERASE FSCB=(R6)",
                "         FSOPEN  'IN DATA A'",
                "         PRINTL 'A PRINTED LINE'",
                "         PRINTL LINE,80,CC=YES",
                "         PUNCHC LINE",
                "         RDCARD BUFFER",
                "         ATTN  'STACKED LINE',ORDER=LIFO",
                "         ATTN  LINE,(R3)",
                "         ATTN  (R2),12",
                "         WAITT",
                "         DMSFREE DWORDS=10,ERR=BAD",
                "         DMSFREE DWORDS=(R0)",
                "         DMSFRET DWORDS=10,LOC=(R1)",
                "         DMSFRET DWORDS=(R2),LOC=(R3),ERR=BAD",
                "         FSREAD 'A B C',BUFFER=BUFFER,BSIZE=BUFLEN",
                "BAD      BR    14",
                "MYFSCB   FSCB  'IN DATA A1',BUFFER=BUFFER,BSIZE=80",
                "COUNT    DC    F'7'",
                "BUFLEN   EQU   130",
                "LINE     DC    CL80'LINE'",
                "BUFFER   DS    CL130",
                "         FSCBD",
                "         FSTD",
                "         END   TEST"));
        assertEquals(0, result.returnCode(), () -> result.diagnostics().toString() + "\n" + result.listing());
        assertTrue(result.objectDeck().length > 0);
    }

    @Test
    void theFscbMacroLaysOutTheFileIdAsCmsDoes() {
        AssemblyResult result = assemble(List.of(
                "T        CSECT",
                "F        FSCB  'ABC   DEF   B2',RECFM=V,BSIZE=132,NOREC=3",
                "         END"));
        assertEquals(0, result.returnCode(), () -> result.diagnostics().toString());
        byte[] text = vm370.s370.loader.Loader.link(List.of(result.objectDeck()), 0).image();
        assertEquals("        ABC     DEF     B2", vm370.s370.text.Ebcdic.CP037.decode(text, 0, 26));
        assertEquals(132, BigEndian.word(text, 32));
        assertEquals((byte) 0xE5, text[36]);
        assertEquals(3, text[39]);
    }
}
