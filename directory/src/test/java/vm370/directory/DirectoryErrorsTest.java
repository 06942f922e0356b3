package vm370.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vm370.directory.model.Directory;
import vm370.directory.model.Volume;
import vm370.directory.model.VolumeSet;
import vm370.s370.device.dasd.DasdGeometry;

/** Each error class DIRECTXA reports, on a broken source, with the exact line. */
class DirectoryErrorsTest {

    static final VolumeSet VOLUMES = new VolumeSet(List.of(
            Volume.of("VOL001", DasdGeometry.D3350), Volume.of("VOL002", DasdGeometry.D3330),
            Volume.of("VOL003", DasdGeometry.D3310)));

    record Case(String name, String source, int line, DirectoryErrorKind kind, String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("unknown statement", """
                        USER A PW 1M 2M G
                         IPL CMS
                         FROBNICATE 191
                        """, 3, DirectoryErrorKind.UNKNOWN_STATEMENT, "FROBNICATE"),
                new Case("unknown device type", """
                        USER A PW 1M 2M G
                         MDISK 191 3351 1 10 VOL001 MR
                        """, 2, DirectoryErrorKind.INVALID_OPERAND, "3351"),
                new Case("unknown option", """
                        USER A PW 1M 2M G
                         OPTION ECMODE WARPDRIVE
                        """, 2, DirectoryErrorKind.INVALID_OPERAND, "WARPDRIVE"),
                new Case("bad access mode", """
                        USER A PW 1M 2M G
                         CONSOLE 009 3215
                         LINK B 191 191 XR
                        USER B PW
                         MDISK 191 3350 1 1 VOL001
                        """, 3, DirectoryErrorKind.INVALID_OPERAND, "XR"),
                new Case("storage without unit", """
                        USER A PW 1024 2M G
                        """, 1, DirectoryErrorKind.INVALID_OPERAND, "1024"),
                new Case("missing operand", """
                        USER A PW 1M 2M G
                         SPOOL 00C 2540
                        """, 2, DirectoryErrorKind.MISSING_OPERAND, "SPOOL READER OR PUNCH"),
                new Case("too many operands", """
                        USER A PW 1M 2M G
                         CONSOLE 009 3215 T EXTRA
                        """, 2, DirectoryErrorKind.TOO_MANY_OPERANDS, "EXTRA"),
                new Case("statement before USER", """
                        DIRECTORY 123 3350 VOL001
                         IPL CMS
                        USER A PW
                        """, 2, DirectoryErrorKind.SEQUENCE_ERROR, "IPL BEFORE USER"),
                new Case("duplicate user", """
                        USER A PW 1M 2M G

                        USER A OTHER 1M 2M G
                        """, 3, DirectoryErrorKind.DUPLICATE_USER, "A"),
                new Case("duplicate virtual address", """
                        USER A PW 1M 2M G
                         CONSOLE 009 3215
                         MDISK 191 3350 1 10 VOL001 MR
                         MDISK 191 3350 20 10 VOL001 MR
                        """, 4, DirectoryErrorKind.DUPLICATE_ADDRESS, "A 191"),
                new Case("overlapping minidisks", """
                        USER A PW 1M 2M G
                         MDISK 191 3350 1 10 VOL001 MR
                        USER B PW 1M 2M G
                         MDISK 191 3350 10 5 VOL001 MR
                        """, 4, DirectoryErrorKind.OVERLAP, "B 191 OVERLAPS A 191 ON VOL001"),
                new Case("extent past the end of the volume", """
                        USER A PW 1M 2M G
                         MDISK 191 3350 550 10 VOL001 MR
                        """, 2, DirectoryErrorKind.PAST_END_OF_VOLUME, "VOL001 HAS 555"),
                new Case("volume not in configuration", """
                        USER A PW 1M 2M G
                         MDISK 191 3350 1 10 NOSUCH MR
                        """, 2, DirectoryErrorKind.UNKNOWN_VOLUME, "NOSUCH"),
                new Case("device type of another volume", """
                        USER A PW 1M 2M G
                         MDISK 191 3350 1 10 VOL002 MR
                        """, 2, DirectoryErrorKind.DEVICE_TYPE_MISMATCH, "3350 ON VOL002 (3330)"),
                new Case("link to unknown user", """
                        USER A PW 1M 2M G
                         LINK NOBODY 190 190 RR
                        """, 2, DirectoryErrorKind.LINK_UNKNOWN_USER, "NOBODY"),
                new Case("link to unknown device", """
                        USER MAINT PW 1M 2M G
                         MDISK 190 3350 1 10 VOL001 RR
                        USER A PW 1M 2M G
                         LINK MAINT 190 190 RR
                         LINK MAINT 19E 19E RR
                        """, 5, DirectoryErrorKind.LINK_UNKNOWN_DEVICE, "MAINT 19E"),
                new Case("logonby of unknown user", """
                        USER OPER PW 1M 2M G
                        USER A LBYONLY 1M 2M G
                         LOGONBY OPER NOBODY
                        """, 3, DirectoryErrorKind.LOGONBY_UNKNOWN_USER, "NOBODY"),
                new Case("include of unknown profile", """
                        USER A PW 1M 2M G
                         INCLUDE NOPROF
                        """, 2, DirectoryErrorKind.UNKNOWN_PROFILE, "NOPROF"),
                new Case("storage above maximum", """
                        USER A PW 8M 2M G
                        """, 1, DirectoryErrorKind.STORAGE_EXCEEDS_MAXIMUM, "8M > 2M"),
                new Case("password too long", """
                        USER A PASSWORDX 1M 2M G
                        """, 1, DirectoryErrorKind.INVALID_OPERAND, "PASSWORDX"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void brokenSourceIsRejectedWithTheLineAndReason(Case c) {
        UpdateOutcome outcome = new DirectoryCompiler(new PasswordHasher(1)).compile(c.source(), VOLUMES, Directory.empty());
        UpdateOutcome.Rejected rejected = assertInstanceOf(UpdateOutcome.Rejected.class, outcome);
        assertEquals(List.of(new DirectoryError(c.line(), c.kind(), c.detail())), rejected.errors());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyErrorInTheFileIsReportedInLineOrder(Case c) {
        String source = c.source() + "USER Z PW 1M 2M G\n MDISK 191 3350 1 10 NOSUCH MR\n";
        int extraLine = (int) c.source().lines().count() + 2;
        UpdateOutcome.Rejected rejected = assertInstanceOf(UpdateOutcome.Rejected.class,
                new DirectoryCompiler(new PasswordHasher(1)).compile(source, VOLUMES, Directory.empty()));
        assertEquals(List.of(c.line(), extraLine), rejected.errors().stream().map(DirectoryError::line).toList());
    }

    @org.junit.jupiter.api.Test
    void aFullPackMinidiskMayOverlapOthers() {
        UpdateOutcome outcome = new DirectoryCompiler(new PasswordHasher(1)).compile("""
                USER MAINT PW 1M 2M G
                 MDISK 123 3350 0 END VOL001 MW
                 MDISK 124 3330 0 404 VOL002 MW
                USER A PW 1M 2M G
                 MDISK 191 3350 0 10 VOL001 MR
                 MDISK 192 3330 100 10 VOL002 MR
                """, VOLUMES, Directory.empty());
        assertInstanceOf(UpdateOutcome.Applied.class, outcome);
    }

    @org.junit.jupiter.api.Test
    void fixedBlockMinidisksCountBlocksOnAnyFixedBlockVolume() {
        DirectoryCompiler compiler = new DirectoryCompiler(new PasswordHasher(1));
        assertInstanceOf(UpdateOutcome.Applied.class, compiler.compile("""
                USER A PW 1M 2M G
                 MDISK 191 FB-512 64 125000 VOL003 MR
                 MDISK 192 3310 125064 600 VOL003 MR
                """, VOLUMES, Directory.empty()));
        UpdateOutcome.Rejected past = assertInstanceOf(UpdateOutcome.Rejected.class, compiler.compile("""
                USER A PW 1M 2M G
                 MDISK 191 3310 125064 601 VOL003 MR
                """, VOLUMES, Directory.empty()));
        assertEquals(DirectoryErrorKind.PAST_END_OF_VOLUME, past.errors().getFirst().kind());
    }

    @org.junit.jupiter.api.Test
    void errorMessageNamesTheMessageIdLineAndReason() {
        assertEquals("DMKDIR757E LINE 4: MINIDISK OVERLAP - B 191 OVERLAPS A 191 ON VOL001",
                new DirectoryError(4, DirectoryErrorKind.OVERLAP, "B 191 OVERLAPS A 191 ON VOL001").message());
    }
}
