package vm370.s370.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vm370.s370.device.console.Console3215;
import vm370.s370.isa.Opcode;
import vm370.s370.testing.TestMachine;
import vm370.s370.text.Ebcdic;

/** The I/O instructions executed by a guest program on the CPU, and the I/O interruption the CPU takes. */
class GuestIoTest {

    private static final int CCW = 0x800;
    private static final int TEXT = 0x880;
    private static final int ENABLED_WAIT = 0x808;

    private final TestMachine tm = new TestMachine();
    private final StringBuilder paper = new StringBuilder();

    GuestIoTest() {
        ChannelSubsystem channels = new ChannelSubsystem(tm.cpu);
        tm.cpu.attachIo(channels);
        channels.attach(0x009, new Console3215(paper, Ebcdic.CP037));
        tm.bytes(TEXT, Ebcdic.CP037.encode("IO OK"));
        tm.storage.write(CCW, 8, Ccw.encode(0x09, TEXT, Ccw.SUPPRESS_LENGTH, 5));
        tm.storage.write(ENABLED_WAIT, 8, 0x8002_0000_0000_0000L);
    }

    @Test
    void sioWritesAndTheCpuTakesTheIoInterruptionWithCswAndDeviceAddress() {
        tm.run(code -> code
                .rx(Opcode.LA, 1, CCW, 0, 0)
                .rx(Opcode.ST, 1, 72, 0, 0)
                .s(Opcode.SIO, 0x009, 0)
                .si(Opcode.LPSW, ENABLED_WAIT, 0, 0));
        assertEquals(0, tm.cc());
        assertTrue(tm.cpu.waitState());
        tm.resume();
        assertEquals(TestMachine.IO_TRAP, tm.endedAt());
        assertEquals("IO OK\n", paper.toString());
        assertEquals(new Csw(0, CCW + 8, 0x0C, 0, 0), Csw.decode(tm.read(64, 8)));
        assertEquals(0x0009, tm.read(56, 8) >>> 32 & 0xFFFF);
    }

    @Test
    void tioAndTchSeeTheInterruptionPendingAndTioClearsIt() {
        tm.run(code -> code
                .rx(Opcode.LA, 1, CCW, 0, 0)
                .rx(Opcode.ST, 1, 72, 0, 0)
                .s(Opcode.SIO, 0x009, 0)
                .s(Opcode.HIO, 0x00A, 0));
        assertEquals(3, tm.cc());
        tm.cpu.scheduler().advanceTo(tm.cpu.scheduler().nextDue());
        tm.run(code -> code.s(Opcode.TCH, 0x000, 0));
        assertEquals(1, tm.cc());
        tm.run(code -> code.s(Opcode.TIO, 0x009, 0));
        assertEquals(1, tm.cc());
        assertEquals(0x0C, Csw.decode(tm.read(64, 8)).unitStatus());
        tm.run(code -> code.s(Opcode.TIO, 0x009, 0));
        assertEquals(0, tm.cc());
    }
}
