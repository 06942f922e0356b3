package vm370.spool.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vm370.spool.device.CloseResult;
import vm370.spool.device.ReadOutcome;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.testing.SpoolFixture;

class SpoolCommandsTest {

    @TempDir
    Path folder;
    SpoolFixture spool;
    SpoolFixture.Session alice;
    SpoolFixture.Session bob;
    SpoolFixture.Session operator;

    @BeforeEach
    void open() {
        spool = new SpoolFixture(folder);
        alice = spool.logon("ALICE", false);
        bob = spool.logon("BOB", false);
        operator = spool.logon("OPERATOR", true);
    }

    @AfterEach
    void close() {
        spool.close();
    }

    private static List<String> ok(CommandResult result) {
        return assertInstanceOf(CommandResult.Ok.class, result, () -> result.output().toString()).lines();
    }

    private static String error(CommandResult result) {
        return assertInstanceOf(CommandResult.Error.class, result, () -> result.output().toString()).line();
    }

    private int sendToBob(String... cards) {
        alice.punch.setTo("BOB");
        return ((CloseResult.Closed) alice.punchDeck(cards)).file().spoolId();
    }

    @Test
    void spoolSetsEveryPunchOptionWithMinimumAbbreviations() {
        assertEquals(List.of(), ok(alice.run("SP PU CL B CONT HO CO 5 TO BOB FORM WIDE DI D42 KE MSG")));
        assertTrue(alice.punch.keep());
        assertTrue(alice.punch.message());
        assertEquals('B', alice.punch.spoolClass());
        assertTrue(alice.punch.continuous());
        assertTrue(alice.punch.hold());
        assertEquals(5, alice.punch.copies());
        assertEquals("BOB", alice.punch.to());
        assertEquals("WIDE", alice.punch.form());
        assertEquals("D42", alice.punch.dist());
        ok(alice.run("SPOOL 00D NOCONT NOHOLD OFF"));
        assertFalse(alice.punch.continuous());
        assertNull(alice.punch.to());
        ok(alice.run("SPOOL PRT TO *"));
        assertEquals("ALICE", alice.printer.to());
    }

    @Test
    void spoolSetsReaderOptions() {
        ok(alice.run("SPOOL READER CLASS * CONT HOLD NOEOF"));
        assertEquals('*', alice.reader.spoolClass());
        assertTrue(alice.reader.continuous());
        assertTrue(alice.reader.hold());
        assertFalse(alice.reader.endOfFile());
        assertEquals("RDR 00C CL * CONT HOLD NOEOF READY", alice.reader.describe());
    }

    record Case(String command, String message) {}

    static Stream<Case> badOperands() {
        return Stream.of(
                new Case("SPOOL PUNCH CLASS !", "DMKCSP028E CLASS MISSING OR INVALID"),
                new Case("SPOOL PUNCH COPY 0", "DMKCSP029E COPIES MISSING OR INVALID"),
                new Case("SPOOL PUNCH COPY 100", "DMKCSP029E COPIES MISSING OR INVALID"),
                new Case("SPOOL PUNCH TO NOBODY", "DMKCSP053E NOBODY NOT IN CP DIRECTORY"),
                new Case("SPOOL PUNCH TO", "DMKCSP020E USERID MISSING OR INVALID"),
                new Case("SPOOL PUNCH SIDEWAYS", "DMKCSP002E INVALID OPERAND - SIDEWAYS"),
                new Case("SPOOL READER COPY 2", "DMKCSP002E INVALID OPERAND - COPY"),
                new Case("SPOOL 01F CLASS A", "DMKCSP040E DEV 01F DOES NOT EXIST"),
                new Case("SPOOL", "DMKCSP026E OPERAND MISSING OR INVALID"),
                new Case("CLOSE PUNCH SOON", "DMKCSP002E INVALID OPERAND - SOON"),
                new Case("PURGE READER 0777", "DMKCSU042E SPOOLID 0777 DOES NOT EXIST"),
                new Case("PURGE SIDEWAYS", "DMKCSU002E INVALID OPERAND - SIDEWAYS"),
                new Case("TRANSFER READER ALL TO NOBODY", "DMKCSU053E NOBODY NOT IN CP DIRECTORY"),
                new Case("CHANGE READER ALL", "DMKCSU026E OPERAND MISSING OR INVALID"),
                new Case("CHANGE READER ALL CLASS", "DMKCSU028E CLASS MISSING OR INVALID"),
                new Case("ORDER READER", "DMKCSU024E SPOOLID MISSING OR INVALID"),
                new Case("TAG FILE 12", "DMKTAG042E SPOOLID 0012 DOES NOT EXIST"),
                new Case("TAG DEV 00C HELLO", "DMKTAG143E DEV 00C NOT A SPOOLING DEVICE"),
                new Case("QUERY READER NONSENSE", "DMKCQG002E INVALID OPERAND - NONSENSE"));
    }

    @ParameterizedTest
    @MethodSource("badOperands")
    void badOperandsGiveTheVm370MessageAndChangeNothing(Case c) {
        alice.punch.setSpoolClass('A');
        CommandResult result = alice.run(c.command());
        assertEquals(c.message(), error(result));
        assertEquals(Integer.parseInt(c.message().substring(6, 9)), ((CommandResult.Error) result).returnCode());
        assertEquals('A', alice.punch.spoolClass());
        assertEquals(1, alice.punch.copies());
    }

    @Test
    void spoolCloseClosesAfterSettingAndRespondsWhereTheFileWent() {
        alice.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("HELLO"));
        int id = alice.punch.openSpoolId();
        assertEquals(List.of(String.format("PUN FILE %04d TO BOB COPY 02 NOHOLD", id)),
                ok(alice.run("SPOOL PUNCH TO BOB COPY 2 CLOSE")));
        assertEquals("BOB", spool.manager().file(id).owner());
    }

    @Test
    void closeNamesTheFileAndHoldsIt() {
        alice.printer.write(UnitRecordCommand.WRITE_SPACE_1, SpoolFixture.card("LINE"));
        int id = alice.printer.openSpoolId();
        assertEquals(List.of(String.format("PRT FILE %04d FOR ALICE COPY 01 HOLD", id)),
                ok(alice.run("C PRINTER HOLD NAME REPORT LISTING DIST X1")));
        SpoolFile file = spool.manager().file(id);
        assertEquals("REPORT", file.fileName());
        assertEquals("LISTING", file.fileType());
        assertEquals("X1", file.dist());
        assertTrue(file.userHold());
        assertEquals(List.of(), ok(alice.run("CLOSE 00E")), "nothing open: CLOSE says nothing");
    }

    @Test
    void closePurgeThrowsTheOpenFileAway() {
        alice.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("JUNK"));
        ok(alice.run("CLOSE PUNCH PURGE"));
        assertEquals(0, spool.manager().fileCount());
    }

    @Test
    void queryReaderShowsVm370Columns() {
        int first = sendToBob("A", "B", "C");
        alice.punch.setSpoolClass('X');
        alice.punch.setHold(true);
        int second = sendToBob("D");
        assertEquals(List.of(
                "ORIGINID FILE CLASS RECDS  CPY HOLD",
                String.format("ALICE    %04d A PUN 000003 01 NONE", first),
                String.format("ALICE    %04d X PUN 000001 01 USER", second)), ok(bob.run("QUERY READER")));
        ok(alice.run("CHANGE PUNCH ALL NAME X"));
        assertEquals(List.of(
                "ORIGINID FILE CLASS RECDS  CPY HOLD   DATE  TIME    NAME    TYPE     DIST",
                String.format("ALICE    %04d A PUN 000003 01 NONE  11/21 09:30:15", first),
                String.format("ALICE    %04d X PUN 000001 01 USER  11/21 09:30:15", second)), ok(bob.run("Q RDR ALL")));
        assertEquals(List.of("NO RDR FILES"), ok(alice.run("QUERY RDR")));
    }

    @Test
    void queryPrinterShowsOwnerNameTypeAndDist() {
        alice.printer.write(UnitRecordCommand.WRITE_SPACE_1, SpoolFixture.card("LINE"));
        ok(alice.run("CLOSE PRINTER NAME PROFILE EXEC DIST BLDG5"));
        int id = spool.manager().files(f -> true).getFirst().spoolId();
        assertEquals(List.of(
                "OWNERID  FILE CLASS RECDS  CPY HOLD   DATE  TIME    NAME    TYPE     DIST",
                String.format("ALICE    %04d A PRT 000001 01 NONE  11/21 09:30:15 PROFILE  EXEC     BLDG5", id)),
                ok(alice.run("QUERY PRT " + id)));
    }

    @Test
    void queryFilesCountsEachQueueAndShowsNoForZero() {
        sendToBob("1");
        sendToBob("2");
        bob.printer.write(UnitRecordCommand.WRITE_SPACE_1, SpoolFixture.card("P"));
        ok(bob.run("CLOSE PRT"));
        assertEquals(List.of("FILES: 002 RDR, 001 PRT,  NO PUN"), ok(bob.run("QUERY FILES")));
        assertEquals(List.of("FILES:  NO RDR,  NO PRT,  NO PUN"), ok(alice.run("Q F")));
        assertNull(spool.commands().logonFilesLine(alice.session));
        assertEquals("FILES: 002 RDR, 001 PRT,  NO PUN", spool.commands().logonFilesLine(bob.session));
        assertEquals(List.of("FILES: 002 RDR, 001 PRT,  NO PUN"), ok(operator.run("QUERY FILES")),
                "the spooling operator sees the whole system");
    }

    @Test
    void purgeBySpoolIdClassOrAll() {
        int one = sendToBob("1");
        alice.punch.setSpoolClass('K');
        int two = sendToBob("2");
        int three = sendToBob("3");
        sendToBob("4");
        assertEquals(List.of("0001 FILES PURGED"), ok(bob.run("PURGE RDR " + one)));
        assertEquals(List.of("0003 FILES PURGED"), ok(bob.run("PU R CL K")));
        assertNull(spool.manager().file(two));
        assertNull(spool.manager().file(three));
        assertEquals(List.of("NO FILES PURGED"), ok(bob.run("PURGE ALL")));
        assertEquals(List.of("NO FILES PURGED"), ok(alice.run("PURGE READER ALL")));
    }

    /** BOB stands for CMSBATCH: its reader is the batch queue, which the operator and a job's submitter manage with CP. */
    @Test
    void aJobWaitingInTheBatchReaderIsHeldByTheOperatorOrTakenBackByItsSubmitter() {
        int first = sendToBob("/JOB ALICE 1234 FIRST", "/*");
        int second = sendToBob("/JOB ALICE 1234 SECOND", "/*");
        assertEquals(List.of("ORIGINID FILE CLASS RECDS  CPY HOLD   DATE  TIME    NAME    TYPE     DIST",
                String.format("ALICE    %04d A PUN 000002 01 NONE  11/21 09:30:15", first),
                String.format("ALICE    %04d A PUN 000002 01 NONE  11/21 09:30:15", second)),
                ok(operator.run("QUERY RDR BOB")), "the operator sees the batch machine's queue");
        assertEquals(List.of("0001 FILES CHANGED"), ok(operator.run("CHANGE BOB RDR " + first + " HOLD")));
        byte[] card = new byte[80];
        assertEquals(ReadOutcome.RECORD, bob.reader.read(card, 0, 80));
        assertEquals(second, bob.reader.currentFile().spoolId(), "the held job waits; the next one runs");
        assertEquals(List.of("0001 FILES TRANSFERRED"), ok(alice.run("TRANSFER READER " + first + " TO *")));
        assertEquals("ALICE", spool.manager().file(first).owner(), "the submitter took the job back");
        assertEquals(List.of("0001 FILES PURGED"), ok(alice.run("PURGE READER " + first)));
    }

    @Test
    void transferMovesFilesToAnotherUsersReaderAndTellsThem() {
        int id = sendToBob("DATA");
        CommandResult.Ok result = (CommandResult.Ok) bob.run("TRANSFER READER " + id + " TO CMSUSER");
        assertEquals(List.of("0001 FILES TRANSFERRED"), result.lines());
        assertEquals(List.of(new CommandResult.Notice("CMSUSER", String.format("RDR FILE %04d TRANSFERRED FROM BOB", id))),
                result.notices());
        SpoolFile moved = spool.manager().file(id);
        assertEquals("CMSUSER", moved.owner());
        assertEquals("ALICE", moved.origin());
        assertEquals(List.of("NO FILES TRANSFERRED"), ok(bob.run("TRAN RDR ALL TO ALICE")));
    }

    @Test
    void transferToStarTakesBackAFileTheIssuerSentElsewhere() {
        int id = sendToBob("OOPS");
        CommandResult.Ok result = (CommandResult.Ok) alice.run("TRANSFER READER " + id + " TO *");
        assertEquals(List.of("0001 FILES TRANSFERRED"), result.lines());
        assertEquals(List.of(new CommandResult.Notice("BOB", String.format("RDR FILE %04d TRANSFERRED TO ALICE", id))),
                result.notices());
        assertEquals("ALICE", spool.manager().file(id).owner());
    }

    @Test
    void transferOfPrinterFilesPutsThemInTheTargetsReader() {
        alice.printer.write(UnitRecordCommand.WRITE_SPACE_1, SpoolFixture.card("P"));
        ok(alice.run("CLOSE PRINTER"));
        assertEquals(List.of("0001 FILES TRANSFERRED"), ok(alice.run("TRANSFER PRINTER ALL BOB")));
        SpoolFile file = spool.manager().files(f -> true).getFirst();
        assertEquals(SpoolQueue.READER, file.queue());
        assertEquals("BOB", file.owner());
    }

    @Test
    void orderPutsTheNamedFilesFirstInTheOrderGiven() {
        int a = sendToBob("A");
        int b = sendToBob("B");
        alice.punch.setSpoolClass('Z');
        int c = sendToBob("C");
        assertEquals(List.of("0002 FILES ORDERED"), ok(bob.run("ORDER READER CLASS Z " + b)));
        assertEquals(List.of(c, b, a), spool.manager().files(f -> f.owner().equals("BOB")).stream()
                .map(SpoolFile::spoolId).toList());
        byte[] buffer = new byte[80];
        bob.reader.read(buffer, 0, 80);
        assertEquals("C", SpoolFixture.text(buffer, 80));
    }

    @Test
    void changeAltersClassCopiesHoldNameAndDist() {
        int id = sendToBob("A");
        assertEquals(List.of("0001 FILES CHANGED"),
                ok(bob.run("CHANGE RDR " + id + " CLASS M COPY 4 HOLD NAME NEW FILE DIST D9 FORM F1 KEEP MSG")));
        SpoolFile file = spool.manager().file(id);
        assertEquals('M', file.spoolClass());
        assertEquals(4, file.copies());
        assertTrue(file.userHold());
        assertEquals("NEW", file.fileName());
        assertEquals("FILE", file.fileType());
        assertEquals("D9", file.dist());
        assertEquals("F1", file.form());
        assertTrue(file.keep());
        assertTrue(file.message());
        ok(bob.run("CH R CL M NOHOLD"));
        assertFalse(spool.manager().file(id).userHold());
    }

    @Test
    void operatorHoldsAnotherUsersFilesWithSystemHoldAndPurgesThem() {
        int id = sendToBob("A");
        assertEquals(List.of("0001 FILES CHANGED"), ok(operator.run("CHANGE BOB RDR ALL HOLD")));
        assertEquals("SYS", spool.manager().file(id).holdStatus());
        ok(bob.run("CHANGE RDR ALL HOLD"));
        assertEquals("USYS", spool.manager().file(id).holdStatus());
        assertEquals(List.of("ORIGINID FILE CLASS RECDS  CPY HOLD   DATE  TIME    NAME    TYPE     DIST",
                String.format("ALICE    %04d A PUN 000001 01 USYS  11/21 09:30:15", id)), ok(operator.run("QUERY RDR ALL")));
        assertEquals("DMKCSU053E NOBODY NOT IN CP DIRECTORY", error(operator.run("PURGE NOBODY RDR ALL")));
        assertEquals(List.of("0001 FILES PURGED"), ok(operator.run("PURGE BOB RDR ALL")));
        assertEquals(0, spool.manager().fileCount());
    }

    @Test
    void generalUsersCannotReachOtherUsersFiles() {
        int id = sendToBob("PRIVATE");
        assertEquals("DMKCSU042E SPOOLID " + String.format("%04d", id) + " DOES NOT EXIST",
                error(alice.run("PURGE READER " + id)));
        assertEquals("DMKCSU002E INVALID OPERAND - BOB", error(alice.run("PURGE BOB RDR ALL")));
        assertEquals(List.of("NO RDR FILES"), ok(alice.run("QUERY RDR ALL")));
    }

    @Test
    void tagTextTravelsWithFilesAndAnswersQueries() {
        ok(alice.run("TAG DEV PUNCH NODE2 Carl 50"));
        assertEquals(List.of("NODE2 Carl 50"), ok(alice.run("TAG QUERY DEV 00D")));
        int id = sendToBob("DATA");
        assertEquals("NODE2 Carl 50", spool.manager().file(id).tag());
        ok(alice.run("TAG FILE " + id + " NODE3 DAVE"));
        assertEquals(List.of("NODE3 DAVE"), ok(bob.run("TAG QUERY FILE " + id)));
        ok(alice.run("TAG DEV 00D " + "X".repeat(200)));
        assertEquals(136, alice.punch.tag().length());
    }

    @Test
    void verbsParseWithVm370MinimumAbbreviations() {
        assertEquals(SpoolCommands.Verb.SPOOL, SpoolCommands.Verb.parse("sp"));
        assertEquals(SpoolCommands.Verb.CLOSE, SpoolCommands.Verb.parse("C"));
        assertEquals(SpoolCommands.Verb.CHANGE, SpoolCommands.Verb.parse("CH"));
        assertEquals(SpoolCommands.Verb.TRANSFER, SpoolCommands.Verb.parse("TRAN"));
        assertEquals(SpoolCommands.Verb.PURGE, SpoolCommands.Verb.parse("PU"));
        assertEquals(SpoolCommands.Verb.QUERY, SpoolCommands.Verb.parse("Q"));
        assertNull(SpoolCommands.Verb.parse("TRA"));
        assertNull(SpoolCommands.Verb.parse("SPOOLS"));
        assertTrue(spool.commands().answersQuery("RDR ALL"));
        assertFalse(spool.commands().answersQuery("TIME"));
    }

    @Test
    void randomOperandsNeverThrowAndAlwaysAnswer() {
        String[] words = {"RDR", "PRT", "PUN", "ALL", "CLASS", "CL", "A", "*", "COPY", "99", "0", "TO", "BOB", "HOLD",
            "NOHOLD", "NAME", "X", "DIST", "FORM", "CONT", "EOF", "CLOSE", "PURGE", "DEV", "FILE", "QUERY", "00D", "1",
            "9999", "FFFF", "KEEP", "MSG", "FILES", "SEP", "", "READER", "PRINTER", "PUNCH", "OFF", "FOR", "Z9"};
        Random random = new Random(370);
        sendToBob("SOMETHING");
        for (int i = 0; i < 3000; i++) {
            StringBuilder operands = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                operands.append(words[random.nextInt(words.length)]).append(' ');
            }
            SpoolCommands.Verb verb = SpoolCommands.Verb.values()[random.nextInt(SpoolCommands.Verb.values().length)];
            SpoolFixture.Session who = random.nextBoolean() ? operator : bob;
            CommandResult result = spool.commands().execute(who.session, verb, operands.toString());
            assertTrue(result instanceof CommandResult.Ok || result instanceof CommandResult.Error,
                    verb + " " + operands);
        }
    }

    @Test
    void spoolForAnotherUserChargesThePrinterFileToThem() {
        ok(alice.run("SPOOL PRINTER FOR BOB HOLD"));
        alice.printer.write(UnitRecordCommand.WRITE_SPACE_1, SpoolFixture.card("FOR BOB"));
        int id = alice.printer.openSpoolId();
        assertEquals(List.of(String.format("PRT FILE %04d FOR BOB COPY 01 HOLD", id)), ok(alice.run("CLOSE PRINTER")));
        SpoolFile file = spool.manager().file(id);
        assertEquals(SpoolQueue.PRINTER, file.queue());
        assertEquals("BOB", file.owner());
        assertEquals("ALICE", file.origin());
        assertEquals(1, spool.manager().account("BOB").files());
        assertEquals(0, spool.manager().account("ALICE").files());
    }

    @Test
    void operatorHoldPutsAUsersOutputInSystemHoldNowAndUntilFree() {
        alice.printer.write(UnitRecordCommand.WRITE_SPACE_1, SpoolFixture.card("BEFORE HOLD"));
        alice.run("CLOSE PRINTER");
        alice.punchDeck("A CARD");
        assertEquals(List.of("0001 FILES HELD"), ok(operator.run("HOLD ALICE PRINTER")));
        alice.printer.write(UnitRecordCommand.WRITE_SPACE_1, SpoolFixture.card("WHILE HELD"));
        alice.run("CLOSE PRINTER");
        assertEquals(List.of("SYS", "SYS"), spool.manager().files(f -> f.queue() == SpoolQueue.PRINTER).stream()
                .map(SpoolFile::holdStatus).toList());
        assertEquals("NONE", spool.manager().files(f -> f.queue() == SpoolQueue.PUNCH).getFirst().holdStatus());
        assertEquals(List.of("0002 FILES FREED"), ok(operator.run("FREE ALICE")));
        alice.printer.write(UnitRecordCommand.WRITE_SPACE_1, SpoolFixture.card("AFTER FREE"));
        alice.run("CLOSE PRINTER");
        assertTrue(spool.manager().files(f -> true).stream().noneMatch(SpoolFile::systemHold));
        assertEquals("DMKCSU053E NOBODY NOT IN CP DIRECTORY", error(operator.run("HOLD NOBODY")));
        assertEquals("DMKCSU002E INVALID OPERAND - READER", error(operator.run("HOLD ALICE READER")));
    }
}
