package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Minidisks under CP: a guest's channel programs reach its extent of a real volume and nothing
 * else. Seeks, extents and block numbers beyond the minidisk get the architected unit check; a
 * read-only link refuses writes as file protected.
 */
class MinidiskTest {

    private static final String CONFIG = """
            STORAGE 4M
            VOLUME VMSYS1 3350 20
            VOLUME VMFB01 3370 1000
            """;
    private static final String DIRECTORY = """
            USER MDUSER MDUSER 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             MDISK 191 3350 010 002 VMSYS1 W
             MDISK 192 3370 100 100 VMFB01 W
            USER READER READER 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             LINK MDUSER 192 292 RR
            USER RIVAL RIVAL 1M 16M G
             CONSOLE 009 3215
             LINK MDUSER 192 392 W
            """;

    /** DOIO: starts the channel program at R1 on the device in R2, waits, returns the unit status in R0. */
    private static final String DOIO = """
            DOIO     ST    1,X'48'
                     SR    0,0
                     SIO   0(2)
                     BC    8,POLL
                     BC    4,STATUS              cc 1: CSW stored at once
                     LA    0,255
                     BR    14
            POLL     TIO   0(2)
                     BC    2,POLL
            STATUS   IC    0,X'44'               unit status from the CSW
                     BR    14
            """;

    private static final String WRITER = """
            MD       START X'2000'
                     BALR  12,0
                     USING *,12
                     LA    2,X'192'
                     LA    1,WRITE               write block 0 of the minidisk
                     BAL   14,DOIO
                     CLM   0,1,=X'0C'            CE+DE
                     BNE   BAD1
                     LA    1,BIGEXT              an extent past the minidisk
                     BAL   14,DOIO
                     STC   0,ENDSTAT
                     TM    ENDSTAT,X'02'         unit check
                     BNO   BAD2
                     LA    1,FARBLOCK            a block past the minidisk
                     BAL   14,DOIO
                     STC   0,ENDSTAT
                     TM    ENDSTAT,X'02'
                     BNO   BAD3
                     LA    2,X'191'
                     LA    1,FARSEEK             a cylinder past the minidisk
                     BAL   14,DOIO
                     STC   0,ENDSTAT
                     TM    ENDSTAT,X'02'
                     BNO   BAD4
                     LPSW  DONE
            BAD1     LPSW  ERROR1
            BAD2     LPSW  ERROR2
            BAD3     LPSW  ERROR3
            BAD4     LPSW  ERROR4
            """ + DOIO + """
                     DS    0D
            DONE     DC    X'0002000000000000'
            ERROR1   DC    X'0002000000000001'
            ERROR2   DC    X'0002000000000002'
            ERROR3   DC    X'0002000000000003'
            ERROR4   DC    X'0002000000000004'
            WRITE    DC    X'63',AL3(EXT99),X'40',X'00',AL2(16)
                     DC    X'43',AL3(LOC0),X'40',X'00',AL2(8)
                     DC    X'41',AL3(BLOCK),X'00',X'00',AL2(512)
            BIGEXT   DC    X'63',AL3(EXT100),X'00',X'00',AL2(16)
            FARBLOCK DC    X'63',AL3(EXT99),X'40',X'00',AL2(16)
                     DC    X'43',AL3(LOC100),X'00',X'00',AL2(8)
            FARSEEK  DC    X'07',AL3(CCHH2),X'00',X'00',AL2(6)
            EXT99    DC    X'00000000',F'0',F'0',F'99'
            EXT100   DC    X'00000000',F'0',F'0',F'100'
            LOC0     DC    X'01000001',F'0'
            LOC100   DC    X'06000001',F'100'
            CCHH2    DC    X'000000020000'
            ENDSTAT  DS    X
            BLOCK    DC    512C'A'
                     LTORG
                     END   MD
            """;

    /** The RR link of 292: reading works, writing is refused as file protected. */
    private static final String READ_ONLY = """
            RO       START X'2000'
                     BALR  12,0
                     USING *,12
                     LA    2,X'292'
                     LA    1,READ
                     BAL   14,DOIO
                     CLM   0,1,=X'0C'
                     BNE   BAD1
                     CLI   BLOCK,C'A'           the writer's data, read through the link
                     BNE   BAD2
                     LA    1,WRITE
                     BAL   14,DOIO
                     STC   0,ENDSTAT
                     TM    ENDSTAT,X'02'         unit check: file protected
                     BNO   BAD3
                     LPSW  DONE
            BAD1     LPSW  ERROR1
            BAD2     LPSW  ERROR2
            BAD3     LPSW  ERROR3
            """ + DOIO + """
                     DS    0D
            DONE     DC    X'0002000000000000'
            ERROR1   DC    X'0002000000000001'
            ERROR2   DC    X'0002000000000002'
            ERROR3   DC    X'0002000000000003'
            READ     DC    X'63',AL3(EXT99),X'40',X'00',AL2(16)
                     DC    X'43',AL3(LOCR),X'40',X'00',AL2(8)
                     DC    X'42',AL3(BLOCK),X'00',X'00',AL2(512)
            WRITE    DC    X'63',AL3(EXT99),X'40',X'00',AL2(16)
                     DC    X'43',AL3(LOCW),X'00',X'00',AL2(8)
            EXT99    DC    X'00000000',F'0',F'0',F'99'
            LOCR     DC    X'06000001',F'0'
            LOCW     DC    X'01000001',F'0'
            ENDSTAT  DS    X
            BLOCK    DS    512C
                     LTORG
                     END   RO
            """;

    @TempDir
    Path var;
    private TestSystem system;

    @BeforeEach
    void ipl() throws Exception {
        system = new TestSystem(var, CONFIG, DIRECTORY);
    }

    @AfterEach
    void shutdown() throws Exception {
        system.close();
    }

    @Test
    void aGuestReachesItsExtentAndNothingElse() throws Exception {
        system.punchIplDeck("MDUSER", WRITER);
        List<String> console = system.logon("MDUSER");
        system.cp.ipl(system.machine("MDUSER"), "00C", "");
        TestSystem.await(() -> !console.isEmpty(), "the disabled wait");
        assertEquals(List.of("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000000'"), console);
        system.close();
        try (RandomAccessFile image = new RandomAccessFile(var.resolve("dasd/VMFB01.3370").toFile(), "r")) {
            byte[] block = new byte[512];
            image.seek(100L * 512);
            image.readFully(block);
            assertEquals((byte) 0xC1, block[0], "block 0 of the minidisk is block 100 of the volume");
            assertEquals((byte) 0xC1, block[511]);
            image.seek(200L * 512);
            image.readFully(block);
            assertEquals(0, block[0], "the block past the minidisk is untouched");
        }
        system = new TestSystem(var, CONFIG, DIRECTORY);
    }

    @Test
    void aReadOnlyLinkReadsTheOwnersDataAndCannotWrite() throws Exception {
        system.punchIplDeck("MDUSER", WRITER);
        List<String> owner = system.logon("MDUSER");
        system.cp.ipl(system.machine("MDUSER"), "00C", "");
        TestSystem.await(() -> !owner.isEmpty(), "the writer");
        system.punchIplDeck("READER", READ_ONLY);
        List<String> reader = system.logon("READER");
        system.cp.ipl(system.machine("READER"), "00C", "");
        TestSystem.await(() -> !reader.isEmpty(), "the reader");
        assertEquals(List.of("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000000'"), reader);
    }

    @Test
    void aWriteLinkIsRefusedWhileOthersHoldTheDisk() {
        system.logon("MDUSER");
        ControlProgram.Logon rival = system.cp.logon("RIVAL");
        List<String> messages = ((ControlProgram.Logon.Created) rival).messages();
        assertEquals(List.of("DMKLNK105E MDUSER 192 NOT LINKED; R/W BY MDUSER"), messages);
        assertTrue(system.machine("RIVAL").devices().get(0x392) == null);
    }
}
