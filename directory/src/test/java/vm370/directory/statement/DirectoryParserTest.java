package vm370.directory.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vm370.directory.model.AccessMode;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Secret;
import vm370.directory.model.UnitRecordKind;
import vm370.directory.model.UserEntry;

class DirectoryParserTest {

    /** The VM/370 Community Edition entries of reference/vm370.md section 2.4, as published. */
    static final String COMMUNITY_EDITION = """
            DIRECTORY 6A1 3350 VM50-1

            USER CMSUSER CMSUSER 15M 16M G
             IPL CMS
             CONSOLE 009 3215
             SPOOL 00E 1403 A
             SPOOL 00C 2540 READ *
             SPOOL 00D 2540 PUNCH A
             LINK MAINT 190 190 RR
             LINK MAINT 19D 19D RR
             LINK MAINT 19E 19E RR
             MDISK   191 3350 001 115 VM50U0 MR   ALL      WRITE    MULT

            USER OPERATOR OPERATOR 2M 16M ABCDEFGH
             IPL CMS PARM AUTOCR
             CONSOLE 009 3215
             LINK MAINT 190 190 RR
             LINK MAINT 19E 19E RR
             LINK MAINT 19D 19D RR
             SPOOL 00C 2540 READ A
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
             MDISK   191 3350 100 003 VM50-1 WR   ALL      WRITE    MULT

            USER MAINT CPCMS 15M 16M ABCDEFGH
             OPTION ECMODE LNKNOPAS
             IPL CMS
             CONSOLE 009 3215
             SPOOL 00C 2540 READ A
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
             MDISK   191 3350 201 030 VM50-4 MR   ALL      WRITE    MULT
             MDISK   19D 3350 411 030 VM50-2 MR   ALL      WRITE    MULT
             MDISK   19E 3350 071 070 VM50-2 MR   ALL      WRITE    MULT
             MDISK   190 3350 103 061 VM50-1 MR   ALL      WRITE    MULT
             MDISK   194 3350 178 035 VM50-1 MR   ALL      WRITE    MULT
            *        (… 093/193/393 CMS, 094/194/294/394 CP, 09F/39F/59F RSCS build disks,
            *         6Ax full-pack MW disks for DDR …)
             MDISK   6A1 3350 000 555 VM50-1 MW
             MDISK   591 3350 300 010 VM50-3 MR   ALL

            USER RSCS RSCS 2M 16M
             IPL 191
             OPTION ECMODE BMX
             CONSOLE 009 3215
             SPOOL 001 2540 READ A
             SPOOL 00C 2540 READ A
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
             DEDICATE 040 040
             LINK MAINT 190 190 RR
             LINK MAINT 19E 19E RR
             LINK MAINT 591 191 RR

            USER CMSBATCH CMSBATCH 8M 8M G
             IPL CMS PARM BATCH
             CONSOLE 009 3215
             SPOOL 00E 1403 A
             SPOOL 00C 2540 READ *
             SPOOL 00D 2540 PUNCH A
             LINK MAINT 190 190 RR
             LINK MAINT 19E 19E RR
             MDISK   192 3350 241 010 VM50-3 MR   ALL      WRITE    MULT
             MDISK   195 3350 251 050 VM50-3 MR   ALL      WRITE    MULT

            USER AUTOLOG1 AUTOLOG1 2M 16M ABCDEFGH
             IPL CMS
             CONSOLE 009 3215
             MDISK   191 3350 191 005 VM50-2 MR   ALL      WRITE    MULT

            USER CMSBATC2 BATCH 1M 2M BG
             ACCOUNT 13 SYSTEM
             OPTION ACCT
             IPL CMS
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
             LINK MAINT 190 190 RR
             MDISK 195 3330 001 010 VM50-5 W rdpswd wrtpswd allpswd

            PROFILE IBMDFLT
             IPL CMS PARM AUTOCR
             MACHINE ESA
             CONSOLE 0009 3215 T
             SPOOL 000C 2540 READER *
             SPOOL 000D 2540 PUNCH A
             SPOOL 000E 1403 A
             LINK MAINT 0190 0190 RR
             LINK MAINT 019D 019D RR
             LINK MAINT 019E 019E RR
            USER JDOE PASSWD 32M 64M G
             INCLUDE IBMDFLT
             MDISK 0191 3390 0100 0010 USR001 MR
            """;

    @Test
    void communityEditionAndZvmSampleEntriesParseWithoutErrors() {
        DirectoryParser.Result result = DirectoryParser.parse(COMMUNITY_EDITION);
        assertEquals(List.of(), result.errors());
        assertEquals(8, result.directory().users().size());
        assertEquals(1, result.directory().profiles().size());
        UserEntry maint = result.directory().user("MAINT").orElseThrow();
        assertEquals(15L << 20, maint.storage());
        assertEquals("ABCDEFGH", maint.classes());
        EntryStatement.Minidisk fullPack = result.directory().minidisk(maint, 0x6A1).orElseThrow();
        assertEquals(555, fullPack.count());
        assertEquals(AccessMode.MW, fullPack.mode().access());
    }

    @Test
    void minidiskPasswordsAndModesAreParsed() {
        DirectoryParser.Result result = DirectoryParser.parse(COMMUNITY_EDITION);
        UserEntry user = result.directory().user("CMSUSER").orElseThrow();
        EntryStatement.Minidisk disk = result.directory().minidisk(user, 0x191).orElseThrow();
        assertEquals(List.of(Secret.Keyword.ALL, new Secret.Clear("WRITE"), new Secret.Clear("MULT")), disk.passwords());
        assertEquals(AccessMode.MR, disk.mode().access());
        assertEquals(1, disk.start());
        assertEquals(115, disk.count());
    }

    @Test
    void statementsAndKeywordsIgnoreCaseButIplParmKeepsIt() {
        DirectoryParser.Result result = DirectoryParser.parse("""
                user guest secret 512k 2m g
                 ipl cms parm Auto Cr
                 spool 00e 1403 print a
                 mdisk 191 fb-512 64 END vol001 mwv
                """);
        assertEquals(List.of(), result.errors());
        UserEntry guest = result.directory().user("GUEST").orElseThrow();
        assertEquals(new Secret.Clear("SECRET"), guest.password());
        assertEquals(512L << 10, guest.storage());
        assertEquals(new EntryStatement.Ipl("CMS", Optional.of("Auto Cr")), guest.statements().get(0));
        EntryStatement.Spool printer = assertInstanceOf(EntryStatement.Spool.class, guest.statements().get(1));
        assertEquals(UnitRecordKind.PRINTER, printer.kind());
        EntryStatement.Minidisk disk = assertInstanceOf(EntryStatement.Minidisk.class, guest.statements().get(2));
        assertTrue(disk.toEnd());
        assertTrue(disk.mode().virtualReserve());
    }

    @Test
    void userStatementKeywordsStandForNoPassword() {
        DirectoryParser.Result result = DirectoryParser.parse("""
                USER A NOLOG
                USER B AUTOONLY
                USER C LBYONLY
                USER D NOPASS
                """);
        assertEquals(List.of(Secret.Keyword.NOLOG, Secret.Keyword.AUTOONLY, Secret.Keyword.LBYONLY,
                Secret.Keyword.NOPASS), result.directory().users().stream().map(UserEntry::password).toList());
    }

    @Test
    void writerOutputParsesBackToTheSameText() {
        DirectoryParser.Result first = DirectoryParser.parse(COMMUNITY_EDITION);
        String written = DirectoryWriter.write(first.directory());
        DirectoryParser.Result second = DirectoryParser.parse(written);
        assertEquals(List.of(), second.errors());
        assertEquals(written, DirectoryWriter.write(second.directory()));
    }
}
