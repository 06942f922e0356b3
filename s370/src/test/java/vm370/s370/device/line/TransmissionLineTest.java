package vm370.s370.device.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.Csw;
import vm370.s370.testing.ChannelHarness;
import vm370.s370.text.Ebcdic;

/** A 2703 start/stop line: Enable waits for a call, Write, Read, Prepare, BREAK, hang-up, Disable, Halt. */
class TransmissionLineTest {

    private static final int DEV = 0x020;

    private final TransmissionLine line = new TransmissionLine("2703");
    private final ChannelHarness h = new ChannelHarness().attach(DEV, line);
    private final List<String> sent = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final LineStation terminal = new LineStation() {
        @Override
        public void transmit(byte[] data) {
            sent.add(Ebcdic.CP037.decode(data));
        }

        @Override
        public void released() {
            events.add("released");
        }
    };

    private int run(int command, int flags, int count) {
        h.ccw(0x800, command, 0x1000, flags, count);
        h.caw(0, 0x800);
        return h.startIo(DEV);
    }

    private void call() {
        run(TransmissionLine.ENABLE, Ccw.SUPPRESS_LENGTH, 1);
        h.settle();
        line.attach(terminal);
        h.settle();
        h.takeCsw(DEV);
    }

    @Test
    void enableWaitsUntilATerminalCallsIn() {
        assertEquals(0, run(TransmissionLine.ENABLE, Ccw.SUPPRESS_LENGTH, 1));
        h.settle();
        assertEquals(2, h.testIo(DEV), "the Enable is still working");
        assertTrue(line.awaitingCall());
        line.attach(terminal);
        h.settle();
        assertEquals(new Csw(0, 0x808, 0x0C, 0, 1), h.takeCsw(DEV));
        assertFalse(line.awaitingCall());
        assertEquals("2703 line, connected", line.describe());
    }

    @Test
    void writeSendsTheDataToTheTerminal() {
        call();
        h.bytes(0x1000, Ebcdic.CP037.encode("HELLO"));
        assertEquals(0, run(TransmissionLine.WRITE, 0, 5));
        h.settle();
        assertEquals(0x0C, h.takeCsw(DEV).unitStatus());
        assertEquals(List.of("HELLO"), sent);
    }

    @Test
    void aReadWaitsForTheTerminalsNextMessage() {
        call();
        run(TransmissionLine.READ, Ccw.SUPPRESS_LENGTH, 80);
        h.settle();
        assertEquals(2, h.testIo(DEV));
        line.receive(Ebcdic.CP037.encode("logon"));
        h.settle();
        assertEquals(new Csw(0, 0x808, 0x0C, 0, 75), h.takeCsw(DEV));
        assertEquals("logon", Ebcdic.CP037.decode(h.bytes(0x1000, 5)));
    }

    @Test
    void prepareEndsWhenTheTerminalSendsAndTheMessageWaitsForTheRead() {
        call();
        run(TransmissionLine.PREPARE, 0, 1);
        h.settle();
        assertEquals(2, h.testIo(DEV));
        line.receive(Ebcdic.CP037.encode("abc"));
        h.settle();
        assertEquals(0x0C, h.takeCsw(DEV).unitStatus());
        assertEquals(1, run(TransmissionLine.PREPARE, 0, 1), "a message waits: Prepare ends at once");
        run(TransmissionLine.INHIBIT, Ccw.SUPPRESS_LENGTH, 10);
        h.settle();
        assertEquals(new Csw(0, 0x808, 0x0C, 0, 7), h.takeCsw(DEV));
        assertEquals("abc", Ebcdic.CP037.decode(h.bytes(0x1000, 3)));
    }

    @Test
    void theTerminalsBreakEndsAWaitingReadWithUnitException() {
        call();
        run(TransmissionLine.READ, Ccw.SUPPRESS_LENGTH, 80);
        line.interrupt();
        h.settle();
        assertEquals(0x0D, h.takeCsw(DEV).unitStatus());
    }

    @Test
    void aBreakWithNoReadWaitingEndsTheNextRead() {
        call();
        line.receive(Ebcdic.CP037.encode("typed"));
        line.interrupt();
        run(TransmissionLine.READ, Ccw.SUPPRESS_LENGTH, 80);
        h.settle();
        assertEquals(new Csw(0, 0x808, 0x0D, 0, 80), h.takeCsw(DEV));
        run(TransmissionLine.READ, Ccw.SUPPRESS_LENGTH, 80);
        h.settle();
        assertEquals(new Csw(0, 0x808, 0x0C, 0, 75), h.takeCsw(DEV), "the message typed before waits for the read after");
    }

    @Test
    void aHangUpEndsAWaitingReadWithInterventionRequired() {
        call();
        run(TransmissionLine.READ, Ccw.SUPPRESS_LENGTH, 80);
        line.release();
        h.settle();
        assertEquals(0x0E, h.takeCsw(DEV).unitStatus());
        assertEquals(List.of("released"), events);
        run(0x04, 0, 1);
        h.settle();
        assertEquals((byte) 0x40, h.bytes(0x1000, 1)[0], "sense: intervention required");
    }

    @Test
    void withoutATerminalDataCommandsAreInterventionRequired() {
        assertEquals(1, run(TransmissionLine.WRITE, 0, 1));
        assertEquals(0x0E, h.csw().unitStatus());
        assertEquals(1, run(TransmissionLine.READ, 0, 1));
        assertEquals(0x0E, h.csw().unitStatus());
        assertEquals("2703 line, disabled", line.describe());
    }

    @Test
    void disableHangsUpTheTerminal() {
        call();
        line.receive(Ebcdic.CP037.encode("left over"));
        assertEquals(1, run(TransmissionLine.DISABLE, 0, 1));
        assertEquals(0x0C, h.csw().unitStatus());
        assertEquals(List.of("released"), events);
        assertFalse(line.attached());
    }

    @Test
    void haltIoEndsAWaitingEnable() {
        run(TransmissionLine.ENABLE, Ccw.SUPPRESS_LENGTH, 1);
        assertEquals(1, h.channels.haltIo(h.cpu, DEV));
        h.settle();
        assertEquals(0x0C, h.takeCsw(DEV).unitStatus());
        assertFalse(line.awaitingCall());
    }

    @Test
    void unknownCommandsAreRejected() {
        assertEquals(1, run(0x0D, 0, 1));
        assertEquals(0x0E, h.csw().unitStatus());
    }
}
