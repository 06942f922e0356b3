package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vm370.cp.GuestCalls.diagnose;
import static vm370.cp.GuestCalls.putHalf;
import static vm370.cp.GuestCalls.word;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.cp.guest.GuestMachine;
import vm370.cp.vm.MessageEditing;
import vm370.s370.text.Ebcdic;

/** DIAGNOSE 24 and 210 describe a virtual device, 5C edits messages by SET EMSG, 64 loads named segments. */
class DeviceDiagnoseTest {

    private static final String CONFIG = """
            STORAGE 4M
            VOLUME VMSYS1 3350 20
            """;
    private static final String DIRECTORY = """
            USER CMSUSER CMSUSER 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00E 1403 A
             MDISK 191 3350 010 002 VMSYS1 W
            USER OTHER OTHER 1M 16M G
             CONSOLE 009 3215
             LINK CMSUSER 191 291 RR
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest(CONFIG, DIRECTORY);

    private static String deviceType(GuestMachine m, int address) {
        int cc = diagnose(m, 0x24, address, 0);
        return String.format("cc%d %08X %08X", cc, m.gpr(4), m.gpr(5));
    }

    @Test
    void diagnose24GivesClassAndTypeOfEachVirtualDevice() throws Exception {
        system.logon("CMSUSER");
        List<String> log = JavaGuest.start(system, "CMSUSER", (m, g) -> {
            g.log("console " + deviceType(m, -1));
            g.log("reader " + deviceType(m, 0x00C));
            g.log("printer " + deviceType(m, 0x00E));
            g.log("disk " + deviceType(m, 0x191));
            g.log("none " + diagnose(m, 0x24, 0x555, 0));
        }).results();
        assertEquals(List.of("console cc0 80000000 80000000", "reader cc0 20080000 00000000",
                "printer cc0 10410000 00000000", "disk cc0 04080000 04080000", "none 3", "END"), log);
        List<String> other = JavaGuest.start(system, "OTHER", (m, g) -> g.log("linked R/O " + deviceType(m, 0x291))).results();
        assertEquals(List.of("linked R/O cc0 04080080 04080000", "END"), other);
    }

    @Test
    void diagnose210FillsTheDeviceCharacteristicsBlock() throws Exception {
        List<String> log = JavaGuest.start(system, "CMSUSER", (m, g) -> {
            m.write(0x2000, new byte[16], 0, 16);
            putHalf(m, 0x2000, 0x191);
            putHalf(m, 0x2002, 16);
            int cc = diagnose(m, 0x210, 0x2000, 0);
            g.log("disk cc" + cc + String.format(" %08X %08X", word(m, 0x2004), word(m, 0x2008)));
            putHalf(m, 0x2000, 0x777);
            g.log("none cc" + diagnose(m, 0x210, 0x2000, 0));
            putHalf(m, 0x2000, 0x191);
            putHalf(m, 0x2002, 8);
            g.log("short cc" + diagnose(m, 0x210, 0x2000, 0));
        }).results();
        assertEquals(List.of("disk cc0 04080000 04080000", "none cc3", "short cc2", "END"), log);
    }

    @Test
    void diagnose5CShowsWhatSetEmsgAsksFor() throws Exception {
        system.logon("CMSUSER");
        var machine = system.machine("CMSUSER");
        String message = "DMSACC723I A (191) R/O";
        StringBuilder shown = new StringBuilder();
        for (MessageEditing setting : MessageEditing.values()) {
            machine.setMessageEditing(setting);
            List<String> log = JavaGuest.start(system, "CMSUSER", (m, g) -> {
                byte[] text = Ebcdic.CP037.encode(message);
                m.write(0x3000, text, 0, text.length);
                diagnose(m, 0x5C, 0x3000, text.length);
                byte[] edited = new byte[m.gpr(4)];
                m.read(m.gpr(2), edited, 0, edited.length);
                g.log(setting + ":" + Ebcdic.CP037.decode(edited));
            }).results();
            shown.append(log.get(0)).append('|');
        }
        assertEquals("ON:DMSACC723I A (191) R/O|TEXT:A (191) R/O|CODE:DMSACC723I|OFF:|", shown.toString());
        assertEquals(MessageEditing.TEXT, MessageEditing.parse("text").orElseThrow());
    }

    @Test
    void diagnose64LoadsFindsAndPurgesANamedSegment() throws Exception {
        byte[] contents = Ebcdic.CP037.encode("SHARED CODE");
        system.cp.namedSegments().save(new NamedSegments.Segment("CMSSEG", 0x80000, contents));
        system.cp.namedSegments().save(new NamedSegments.Segment("HUGE", 0x800000, contents));
        List<String> log = JavaGuest.start(system, "CMSUSER", (m, g) -> {
            m.write(0x2000, Ebcdic.CP037.encodePadded("CMSSEG", 8), 0, 8);
            g.log("find cc" + diagnose(m, 0x64, 0x2000, 0x0C) + String.format(" %X-%X", m.gpr(2), m.gpr(4)));
            g.log("load cc" + diagnose(m, 0x64, 0x2000, 0x00) + String.format(" %X-%X", m.gpr(2), m.gpr(4)));
            byte[] loaded = new byte[11];
            m.read(0x80000, loaded, 0, 11);
            g.log("holds " + Ebcdic.CP037.decode(loaded));
            g.log("found loaded cc" + diagnose(m, 0x64, 0x2000, 0x0C));
            g.log("purge cc" + diagnose(m, 0x64, 0x2000, 0x08));
            m.read(0x80000, loaded, 0, 11);
            g.log("after purge " + loaded[0]);
            m.write(0x2000, Ebcdic.CP037.encodePadded("NOSUCH", 8), 0, 8);
            g.log("missing cc" + diagnose(m, 0x64, 0x2000, 0x00) + " " + m.gpr(4));
            m.write(0x2000, Ebcdic.CP037.encodePadded("HUGE", 8), 0, 8);
            g.log("beyond storage cc" + diagnose(m, 0x64, 0x2000, 0x00) + " " + m.gpr(4));
        }).results();
        assertEquals(List.of("find cc1 80000-8000A", "load cc0 80000-8000A", "holds SHARED CODE", "found loaded cc0",
                "purge cc0", "after purge 0", "missing cc2 44", "beyond storage cc2 47", "END"), log);
    }
}
