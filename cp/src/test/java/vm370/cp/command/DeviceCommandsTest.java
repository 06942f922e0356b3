package vm370.cp.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LINK by the directory's passwords and VM/370's sharing rules; DETACH lets go; DEFINE adds and readdresses devices. */
class DeviceCommandsTest {

    @TempDir
    Path var;
    private CommandFixture fixture;

    @BeforeEach
    void logon() throws Exception {
        fixture = new CommandFixture(var);
    }

    @AfterEach
    void logoff() throws Exception {
        fixture.close();
    }

    @Test
    void aReadOnlyLinkNamesWhoElseHasTheDiskAndQueryLinksListsEveryHolder() throws Exception {
        assertEquals(List.of("DMKLNK050E PASSWORD INCORRECT"), fixture.run("BOB", "LINK ALICE 191 391 RR").lines());
        assertEquals(List.of("DASD 391 LINKED R/O;R/W BY ALICE ;R/O BY BOB"),
                fixture.run("BOB", "LINK ALICE 191 391 RR PASS=READPW").lines());
        assertEquals(List.of("DASD 391 3350 VMSYS1 R/O 002 CYL"), fixture.run("BOB", "Q V 391").lines());
        assertEquals(List.of("ALICE    191 R/W, BOB      291 R/O, BOB      391 R/O"),
                fixture.run("ALICE", "Q LINKS 191").lines());
        assertTrue(fixture.system.machine("BOB").devices().containsKey(0x391));
    }

    @Test
    void aWriteLinkWhileTheOwnerWritesIsForcedReadOnlyWithTheWarning() throws Exception {
        CommandResponse response = fixture.run("BOB", "LINK ALICE 191 391 WR PASS=WRITEPW");
        assertEquals(List.of("DMKLNK103W DASD 391 FORCED R/O; R/W BY ALICE ;R/O BY BOB"), response.lines());
        assertEquals(103, response.returnCode());
        assertEquals(List.of("DASD 391 3350 VMSYS1 R/O 002 CYL"), fixture.run("BOB", "Q V 391").lines());
    }

    @Test
    void detachUnlinksSoTheDiskCanThenBeLinkedForWriting() throws Exception {
        assertEquals(List.of("DASD 191 DETACHED"), fixture.run("ALICE", "DETACH 191").lines());
        assertEquals(List.of("DASD 291 DETACHED"), fixture.run("BOB", "DET 291").lines());
        assertFalse(fixture.system.machine("ALICE").devices().containsKey(0x191));
        assertEquals(List.of("DASD 391 LINKED R/W"), fixture.run("BOB", "LINK ALICE 191 391 W PASS=WRITEPW").lines());
        assertEquals(List.of("BOB      391 R/W"), fixture.run("BOB", "Q LINKS 391").lines());
    }

    @Test
    void detachOfSpooledDevicesNamesTheirTypesAndImsgOffSilencesIt() throws Exception {
        assertEquals(List.of("RDR 00C DETACHED", "PUN 00D DETACHED"), fixture.run("ALICE", "DETACH 00C 00D").lines());
        assertEquals(List.of("DMKCQG040E DEV 00C DOES NOT EXIST"), fixture.run("ALICE", "Q V 00C").lines());
        fixture.run("ALICE", "SET IMSG OFF");
        CommandResponse quiet = fixture.run("ALICE", "DETACH 00E");
        assertEquals(List.of(), quiet.lines());
        assertEquals(List.of(), fixture.run("ALICE", "Q V UR").lines());
    }

    @Test
    void defineLineAddsACommunicationLineAndDetachNamesIt() throws Exception {
        assertEquals(List.of("LINE 030 DEFINED"), fixture.run("BOB", "DEFINE LINE 030").lines());
        assertEquals(List.of("LINE 031 DEFINED"), fixture.run("BOB", "DEFINE 2702 031").lines());
        assertEquals(List.of("DMKDEF092E DEV 030 ALREADY DEFINED"), fixture.run("BOB", "DEFINE LINE 030").lines());
        assertEquals(List.of("DEV 030 2703 line, disabled"), fixture.run("BOB", "QUERY VIRTUAL 030").lines());
        assertEquals(List.of("DEV 031 2702 line, disabled"), fixture.run("BOB", "QUERY VIRTUAL 031").lines());
        assertEquals(List.of("LINE 030 DETACHED"), fixture.run("BOB", "DETACH 030").lines());
    }

    @Test
    void defineAddsSpooledDevicesAndReaddressesThem() throws Exception {
        assertEquals(List.of("PUN 01D DEFINED"), fixture.run("BOB", "DEFINE PUNCH 01D").lines());
        assertEquals(List.of("PRT 01E DEFINED"), fixture.run("BOB", "DEF PRT 01E").lines());
        assertEquals(List.of("RDR 01C DEFINED"), fixture.run("BOB", "DEF RDR 01C").lines());
        assertEquals(List.of("RDR 01C CL * NOCONT NOHOLD EOF READY"), fixture.run("BOB", "Q V 01C").lines());
        assertEquals(List.of("PUN 02D DEFINED"), fixture.run("BOB", "DEFINE 01D AS 02D").lines());
        assertEquals(List.of("DMKCQG040E DEV 01D DOES NOT EXIST"), fixture.run("BOB", "Q V 01D").lines());
        assertEquals("PUN 02D CL A NOCONT NOHOLD COPY 01 READY", fixture.run("BOB", "Q V 02D").lines().getFirst());
        assertEquals(List.of("DASD 391 DEFINED"), fixture.run("BOB", "DEFINE 291 391").lines());
        assertEquals(List.of("DASD 391 3350 VMSYS1 R/O 002 CYL"), fixture.run("BOB", "Q V DASD").lines());
        assertEquals(List.of("ALICE    191 R/W, BOB      391 R/O"), fixture.run("ALICE", "Q LINKS 191").lines());
    }

    @Test
    void aTemporaryDiskComesFromCpsSpaceAndGoesBackAtDetach() throws Exception {
        var space = fixture.system.cp.temporaryDisks();
        var type = vm370.s370.device.dasd.DasdGeometry.D3350;
        int before = space.available(type);
        assertEquals(List.of("DASD 1B1 DEFINED"), fixture.run("ALICE", "DEFINE T3350 1B1 CYL 5").lines());
        assertEquals(before - 5, space.available(type));
        assertEquals(List.of("DASD 1B1 DETACHED"), fixture.run("ALICE", "DETACH 1B1").lines());
        assertEquals(before, space.available(type));
    }

    @Test
    void channelToChannelAdaptersCoupleAndDropAtDetach() throws Exception {
        assertEquals(List.of("CTC 500 DEFINED"), fixture.run("ALICE", "DEFINE CTCA 500").lines());
        assertEquals(List.of("CTC 600 DEFINED"), fixture.run("BOB", "DEFINE CTCA 600").lines());
        assertEquals(List.of("CTCA 500 COUPLE TO BOB 600"), fixture.run("ALICE", "COUPLE 500 TO BOB 600").lines());
        List<String> detached = fixture.run("ALICE", "DETACH 500").lines();
        assertEquals("CTCA 500 DETACHED", detached.get(detached.size() - 1));
        assertTrue(detached.get(0).startsWith("CTCA 500 DROP FROM BOB 600"), detached.get(0));
    }
}
