package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.vio.ChannelToChannelAdapter;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.device.display.Display3270;
import vm370.s370.device.line.TransmissionLine;

/** The directory's SPECIAL statements give a logged-on machine its 3270s, lines and CTCAs. */
class SpecialDevicesTest {

    private static final String CONFIG = """
            STORAGE 4M
            VOLUME VMSYS1 3350 20
            """;
    private static final String DIRECTORY = """
            USER LINES LINESPW 1M 16M G
             CONSOLE 009 3215
             SPECIAL 020 2703
             SPECIAL 021 2701 IBM
             SPECIAL 0C0 3270
             SPECIAL 500 CTCA
             SPECIAL 0FF TIMER
            """;

    @TempDir
    Path var;
    private TestSystem system;

    @BeforeEach
    void ipl() throws Exception {
        system = new TestSystem(var, CONFIG, DIRECTORY);
        system.logon("LINES");
    }

    @AfterEach
    void shutdown() throws Exception {
        system.close();
    }

    @Test
    void specialStatementsAttachLinesDisplaysAndChannelToChannelAdapters() {
        VirtualMachine machine = system.machine("LINES");
        var devices = machine.call(() -> new java.util.TreeMap<>(machine.devices()));
        assertEquals("2703", assertInstanceOf(TransmissionLine.class, devices.get(0x020)).model());
        assertEquals("2701", assertInstanceOf(TransmissionLine.class, devices.get(0x021)).model());
        assertInstanceOf(Display3270.class, devices.get(0x0C0));
        assertInstanceOf(ChannelToChannelAdapter.class, devices.get(0x500));
        assertFalse(devices.containsKey(0x0FF), "a TIMER is not simulated");
    }
}
