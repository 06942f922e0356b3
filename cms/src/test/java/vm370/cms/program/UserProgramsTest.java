package vm370.cms.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Assembler programs written to CMS files, assembled, loaded and started on a real S/370 CPU,
 * served through SVC 202: console, files, commands by name, GENMOD and MODULEs, abends.
 */
class UserProgramsTest {

    private final TestHost host = TestHost.withBareMachine();

    static final List<String> WRITER = List.of(
            "WRITER   CSECT",
            "         REGEQU",
            "         STM   R14,R12,12(R13)",
            "         LR    R12,R15",
            "         USING WRITER,R12",
            "         WRTERM 'HELLO FROM A PROGRAM.'",
            "         LA    R3,3",
            "LOOP     FSWRITE 'OUT DATA A1',BUFFER=REC,BSIZE=80,ERROR=FAIL",
            "         MVI   REC,C'N'",
            "         BCT   R3,LOOP",
            "         FSCLOSE 'OUT DATA A1'",
            "         FSREAD 'OUT DATA A',BUFFER=BUF,BSIZE=80,RECNO=(R5),ERROR=FAIL",
            "         LR    R4,R0",
            "         LINEDIT TEXT='READ .... BYTES: ....',SUB=(DEC,(R4),CHARA,BUF8)",
            "         LM    R14,R12,12(R13)",
            "         LA    R15,5",
            "         BR    R14",
            "FAIL     LR    R2,R15",
            "         LINEDIT TEXT='FAILED RC ....',SUB=(DEC,(R2))",
            "         LM    R14,R12,12(R13)",
            "         LA    R15,99",
            "         BR    R14",
            "REC      DC    CL80'FIRST RECORD'",
            "BUF      DS    0CL80",
            "BUF8     DS    CL8",
            "         DS    CL72",
            "         END   WRITER");

    /** With CMSLIB as the macro library: ASSEMBLE, then LOAD, the program of that name. */
    private void assembleAndLoad(String name) {
        command("GLOBAL MACLIB CMSLIB");
        command("ASSEMBLE " + name);
        command("LOAD " + name);
    }

    private int command(String line) {
        host.typed.clear();
        return host.command(line);
    }

    @Test
    void anAssembledProgramWritesAFileThatListfileShows() {
        host.writeFile("WRITER", "ASSEMBLE", WRITER);
        assertEquals(0, command("GLOBAL MACLIB CMSLIB"));
        assertEquals(0, command("ASSEMBLE WRITER"), () -> String.join("\n", host.typed));
        assertTrue(host.fileLines("WRITER", "LISTING").size() > 20);
        assertEquals(0, command("LOAD WRITER"));
        assertEquals(5, command("START"), () -> String.join("\n", host.typed));
        assertEquals(List.of("DMSLIO740I EXECUTION BEGINS...", "HELLO FROM A PROGRAM.", "READ 80 BYTES: FIRST RE."),
                host.typed);
        assertEquals(List.of("FIRST RECORD", "NIRST RECORD", "NIRST RECORD"), host.fileLines("OUT", "DATA"));
        command("LISTFILE OUT DATA");
        assertEquals(List.of("OUT      DATA     A1"), host.typed);
    }

    @Test
    void genmodSavesTheProgramAndItRunsByName() {
        host.writeFile("WRITER", "ASSEMBLE", WRITER);
        command("GLOBAL MACLIB CMSLIB");
        command("ASSEMBLE WRITER");
        command("LOAD WRITER (NOMAP");
        assertEquals(0, command("GENMOD"));
        host.machine.write(ProgramRunner.USER_AREA, new byte[4096], 0, 4096);
        assertEquals(5, command("WRITER"));
        assertEquals("HELLO FROM A PROGRAM.", host.typed.get(0));
        assertEquals(5, command("RUN WRITER"));
    }

    @Test
    void aProgramCheckGivesTheAbendMessagesAndTheNextCommandWorks() {
        host.writeFile("BAD", "ASSEMBLE", List.of(
                "BAD      CSECT",
                "         USING BAD,15",
                "         LA    2,1",
                "         DC    H'0'",
                "         BR    14",
                "         END"));
        command("ASSEMBLE BAD");
        command("LOAD BAD");
        int rc = command("START");
        assertEquals(List.of("DMSLIO740I EXECUTION BEGINS...",
                "DMSITP141T OPERATION EXCEPTION OCCURRED AT 020006 IN ROUTINE BAD",
                "DMSABN148T SYSTEM ABEND 0C1 CALLED FROM 020006"), host.typed);
        assertEquals(0x0C1, rc);
        assertEquals(0, command("LISTFILE BAD TEXT"));
        assertEquals(List.of("BAD      TEXT     A1"), host.typed);
    }

    @Test
    void aWildStoreIntoTheNucleusIsAProtectionExceptionAndTheNucleusIsUntouched() {
        host.writeFile("WILD", "ASSEMBLE", List.of(
                "WILD     CSECT",
                "         USING WILD,15",
                "         STM   14,12,12(13)         its save area: allowed",
                "         MVC   MINE(8),JUNK         its own storage: allowed",
                "         LA    2,X'800'",
                "         SLL   2,4                  X8000: nucleus buffers",
                "         MVC   0(8,2),JUNK",
                "         LM    14,12,12(13)",
                "         BR    14",
                "JUNK     DC    CL8'CLOBBER!'",
                "MINE     DS    CL8",
                "         END"));
        byte[] before = new byte[8];
        host.machine.read(0x8000, before, 0, 8);
        command("ASSEMBLE WILD");
        command("LOAD WILD");
        int rc = command("START");
        assertEquals(List.of("DMSLIO740I EXECUTION BEGINS...",
                "DMSITP141T PROTECTION EXCEPTION OCCURRED AT 020018 IN ROUTINE WILD",
                "DMSABN148T SYSTEM ABEND 0C4 CALLED FROM 020018"), host.typed);
        assertEquals(0x0C4, rc);
        byte[] after = new byte[8];
        host.machine.read(0x8000, after, 0, 8);
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(after));
        assertEquals(0, command("LISTFILE WILD TEXT"), "CMS goes on");
        assertEquals(List.of("WILD     TEXT     A1"), host.typed);
    }

    @Test
    void svc202RunsACommandByNameFromATokenizedPlist() {
        host.writeFile("CALLER", "ASSEMBLE", List.of(
                "CALLER   CSECT",
                "         USING CALLER,15",
                "         LA    1,PLIST",
                "         SVC   202",
                "         DC    AL4(ERR)",
                "         SR    15,15",
                "         BR    14",
                "ERR      BR    14",
                "PLIST    DC    CL8'LISTFILE',CL8'*',CL8'TEXT',8X'FF'",
                "         END"));
        command("ASSEMBLE CALLER");
        command("LOAD CALLER");
        assertEquals(0, command("START"));
        assertEquals("LISTFILE * TEXT", host.commands.get(host.commands.size() - 1));
        assertEquals(List.of("DMSLIO740I EXECUTION BEGINS...", "CALLER   TEXT     A1"), host.typed);
    }

    @Test
    void aFailingFunctionTakesTheErrorAddressWithItsReturnCodeInR15() {
        host.writeFile("MISSING", "ASSEMBLE", List.of(
                "MISSING  CSECT",
                "         USING MISSING,15",
                "         FSREAD 'NOSUCH FILE A',BUFFER=B,BSIZE=80,ERROR=ERR",
                "         LA    15,0",
                "         BR    14",
                "ERR      BR    14",
                "B        DS    CL80",
                "         END"));
        assembleAndLoad("MISSING");
        assertEquals(1, command("START"), "FSREAD's file-not-found code, kept in R15 by the error routine");
    }

    @Test
    void unitRecordAndConsoleReadsReachTheHost() {
        host.writeFile("CARDS", "ASSEMBLE", List.of(
                "CARDS    CSECT",
                "         LR    12,15",
                "         USING CARDS,12",
                "         RDTERM LINE",
                "         PRINTL LINE,80",
                "         RDCARD CARD",
                "         PUNCHC CARD",
                "         RDCARD CARD,ERROR=EOF",
                "         BR    14",
                "EOF      BR    14",
                "LINE     DC    CL80' '",
                "CARD     DC    CL80' '",
                "         END"));
        host.input.add("typed in lower case");
        host.reader.add(vm370.s370.text.Ebcdic.CP037.encodePadded("A CARD", 80));
        assembleAndLoad("CARDS");
        assertEquals(1, command("START"), "RDCARD at end of file");
        assertEquals("TYPED IN LOWER CASE", vm370.s370.text.Ebcdic.CP037.decode(host.printed.get(0)).strip());
        assertEquals("A CARD", vm370.s370.text.Ebcdic.CP037.decode(host.punched.get(0)).strip());
    }

    @Test
    void loadResolvesExternalNamesFromTextFilesAndTxtlibs() {
        host.writeFile("MAIN", "ASSEMBLE", List.of(
                "MAIN     CSECT",
                "         USING MAIN,15",
                "         L     15,=V(SUB)",
                "         BR    15",
                "         LTORG",
                "         END"));
        host.writeFile("SUB", "ASSEMBLE", List.of(
                "SUB      CSECT",
                "         LA    15,42",
                "         BR    14",
                "         END"));
        command("ASSEMBLE MAIN");
        command("ASSEMBLE SUB");
        assertEquals(0, command("LOAD MAIN"));
        assertEquals(42, command("START"));
        assertEquals(0, command("TXTLIB GEN MYLIB SUB"));
        command("ERASE SUB TEXT");
        host.aDisk.erase(vm370.cms.fs.FilePattern.of("SUB", "TEXT"));
        assertEquals(4, command("LOAD MAIN"), "SUB is undefined without the TXTLIB");
        assertTrue(host.typed.get(host.typed.size() - 1).startsWith("DMSLIO201W"), host.typed.toString());
        assertEquals(0, command("GLOBAL TXTLIB MYLIB"));
        assertEquals(0, command("LOAD MAIN"));
        assertEquals(42, command("START"));
        List<String> map = new ArrayList<>(host.fileLines("LOAD", "MAP"));
        assertEquals(List.of("MAIN     020000", "SUB      020010"), map);
    }

    @Test
    void aStartedProgramGetsItsArgumentsAsTokensAtR1AndAsTextAtR0() {
        host.writeFile("ARGS", "ASSEMBLE", List.of(
                "ARGS     CSECT",
                "         REGEQU",
                "         LR    R12,R15",
                "         USING ARGS,R12",
                "         LR    R2,R1",
                "         LR    R3,R0",
                "         LA    R4,8(,R2)",
                "         WRTERM (R4),8",
                "         L     R4,4(,R3)",
                "         L     R5,8(,R3)",
                "         SR    R5,R4",
                "         WRTERM (R4),(R5)",
                "         SR    R15,R15",
                "         BR    R14",
                "         END"));
        assembleAndLoad("ARGS");
        assertEquals(0, command("START * first Second third"));
        assertEquals(List.of("DMSLIO740I EXECUTION BEGINS...", "FIRST   ", "first Second third"), host.typed);
    }

    @Test
    void attnStacksLinesThatRdtermThenReadsInOrder() {
        host.writeFile("STACK", "ASSEMBLE", List.of(
                "STACK    CSECT",
                "         LR    12,15",
                "         USING STACK,12",
                "         ATTN  'second'",
                "         ATTN  'first',ORDER=LIFO",
                "         RDTERM LINE",
                "         LR    3,0",
                "         WRTERM LINE,(3)",
                "         RDTERM LINE,EDIT=NO",
                "         LR    3,0",
                "         WRTERM LINE,(3)",
                "         SR    15,15",
                "         BR    14",
                "LINE     DS    CL130",
                "         END"));
        assembleAndLoad("STACK");
        assertEquals(0, command("START"));
        assertEquals(List.of("DMSLIO740I EXECUTION BEGINS...", "FIRST", "second"), host.typed);
    }

    @Test
    void includeAddsDecksToTheLoadedProgramAndRunAssemblesLoadsAndStarts() {
        host.writeFile("MAIN", "ASSEMBLE", List.of(
                "MAIN     CSECT", "         USING MAIN,15", "         L     15,=V(SUB)", "         BR    15", "         LTORG", "         END"));
        host.writeFile("SUB", "ASSEMBLE", List.of("SUB      CSECT", "         LA    15,7", "         BR    14", "         END"));
        command("ASSEMBLE SUB");
        assertEquals(28, command("LOAD MAIN (NOAUTO"), "no MAIN TEXT before ASSEMBLE");
        command("ASSEMBLE MAIN");
        assertEquals(4, command("LOAD MAIN (NOAUTO"));
        assertEquals(0, command("INCLUDE SUB"));
        assertEquals(7, command("START"));
        host.aDisk.erase(vm370.cms.fs.FilePattern.of("MAIN", "TEXT"));
        assertEquals(7, command("RUN MAIN"));
        assertTrue(host.fileLines("MAIN", "TEXT").size() > 2, "RUN assembled the source");
    }

    @Test
    void hxEndsAProgramThatLoopsAndItsFilesAreClosed() {
        host.writeFile("LOOPER", "ASSEMBLE", List.of(
                "LOOPER   CSECT",
                "         LR    12,15",
                "         USING LOOPER,12",
                "         FSWRITE 'PART DATA A',BUFFER=REC,BSIZE=80",
                "LOOP     B     LOOP",
                "REC      DC    CL80'BEFORE HX'",
                "         END"));
        assembleAndLoad("LOOPER");
        host.haltAtPoll = 3;
        assertThrows(TestHost.Halted.class, () -> command("START"));
        assertEquals(3, host.polls, "the interval timer brought control back to CMS");
        assertEquals(List.of("BEFORE HX"), host.fileLines("PART", "DATA"));
        host.haltAtPoll = Integer.MAX_VALUE;
        assertEquals(0, command("LISTFILE PART DATA"));
        assertEquals(List.of("PART     DATA     A1"), host.typed);
    }

    @Test
    void aTokenizedStateWithoutAModeFindsTheFileAndPointsR1AtItsFst() {
        host.writeFile("ASKER", "ASSEMBLE", List.of(
                "ASKER    CSECT",
                "         LR    12,15",
                "         USING ASKER,12",
                "         LA    1,PLIST",
                "         SVC   202",
                "         DC    AL4(NONE)",
                "         LR    2,1",
                "         WRTERM (2),16",
                "         SR    15,15",
                "         BR    14",
                "NONE     BR    14",
                "PLIST    DC    CL8'STATE',CL8'ASKER',CL8'ASSEMBLE',8X'FF'",
                "         END"));
        assembleAndLoad("ASKER");
        assertEquals(0, command("START"));
        assertEquals("ASKER   ASSEMBLE", host.typed.get(1), "the FST's fn and ft");
    }

    @Test
    void dmsfreeGivesStorageAboveTheProgramAndDmsfretTakesItBack() {
        host.writeFile("FREE", "ASSEMBLE", List.of(
                "FREE     CSECT",
                "         LR    12,15",
                "         USING FREE,12",
                "         DMSFREE DWORDS=4,ERR=NONE",
                "         LR    3,1",
                "         MVC   0(32,3),=CL32'IN FREE STORAGE'",
                "         WRTERM (3),15",
                "         DMSFRET DWORDS=4,LOC=(3)",
                "         DMSFRET DWORDS=4,LOC=(3),ERR=TWICE",
                "         LA    15,1",
                "         BR    14",
                "TWICE    LA    15,2",
                "         BR    14",
                "NONE     LA    15,3",
                "         BR    14",
                "         LTORG",
                "         END"));
        assembleAndLoad("FREE");
        assertEquals(2, command("START"), "the second DMSFRET of the same block fails");
        assertEquals("IN FREE STORAGE", host.typed.get(1));
    }
}
