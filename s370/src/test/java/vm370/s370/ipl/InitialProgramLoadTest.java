package vm370.s370.ipl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.s370.device.dasd.DasdGeometry;
import vm370.s370.device.dasd.DasdImages;
import vm370.s370.device.unitrecord.CardReader;
import vm370.s370.machine.DeviceConfig;
import vm370.s370.machine.Machine;

/** IPL: the implicit read at 0, its chain, the I/O address at 2-3 (BC) or 186-187 (EC), the PSW from 0. */
class InitialProgramLoadTest {

    private static byte[] card(String hex) {
        byte[] c = new byte[80];
        byte[] b = HexFormat.of().parseHex(hex);
        System.arraycopy(b, 0, c, 0, b.length);
        return c;
    }

    private static Machine readerMachine(byte[]... cards) {
        return new Machine(64 * 1024, 1, List.of(new DeviceConfig.Reader(0x00C, List.of(cards), CardReader.AtEnd.UNIT_EXCEPTION)));
    }

    @Test
    void aDasdinitStyleVolumeIplsItsDisabledWaitPswWithTheDeviceAddressInBytesTwoAndThree(@TempDir Path dir) throws IOException {
        Path volume = dir.resolve("ipl.3350");
        DasdImages.create(volume, DasdGeometry.D3350, "IPLVOL", 1, false);
        try (Machine m = new Machine(64 * 1024, 1, List.of(new DeviceConfig.Dasd(0x250, volume, null)))) {
            InitialProgramLoad.Outcome outcome = m.ipl(0x250);
            InitialProgramLoad.Outcome.Loaded loaded = assertInstanceOf(InitialProgramLoad.Outcome.Loaded.class, outcome);
            assertEquals(0x000602500000000FL, loaded.psw());
            assertTrue(m.cpu().waitState());
        }
    }

    @Test
    void anEcModeIplPswGetsTheDeviceAddressAt186() throws IOException {
        try (Machine m = readerMachine(card("000A000000001000" + "0300000020000001"))) {
            assertInstanceOf(InitialProgramLoad.Outcome.Loaded.class, m.ipl(0x00C));
            assertEquals(0x000C, m.storage().read(184, 4));
            assertEquals(0x000A000000001000L, m.storage().read(0, 8));
            assertTrue(m.cpu().ecMode());
        }
    }

    @Test
    void theChainGoesOnThroughTheCcwsAtEightAndSixteen() throws IOException {
        try (Machine m = readerMachine(card("0002000000000000" + "0200020060000050" + "0200030020000050"),
                card("AAAA"), card("BBBB"))) {
            assertInstanceOf(InitialProgramLoad.Outcome.Loaded.class, m.ipl(0x00C));
            assertEquals(0xAAAA, m.storage().read(0x200, 2));
            assertEquals(0xBBBB, m.storage().read(0x300, 2));
        }
    }

    @Test
    void aMissingDeviceOrAnEmptyReaderFailsTheLoad() throws IOException {
        try (Machine m = readerMachine()) {
            assertTrue(m.ipl(0x00D) instanceof InitialProgramLoad.Outcome.Failed f && f.reason().contains("not operational"));
            assertTrue(m.ipl(0x00C) instanceof InitialProgramLoad.Outcome.Failed f && f.reason().contains("ended the load"));
        }
    }
}
