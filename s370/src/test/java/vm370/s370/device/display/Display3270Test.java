package vm370.s370.device.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.s370.channel.Csw;
import vm370.s370.testing.ChannelHarness;

/** A local 3270 passes its data stream to and from the terminal side and turns an AID into attention. */
class Display3270Test {

    private static final int DEV = 0x0C0;

    private final Display3270 display = new Display3270("3278");
    private final ChannelHarness h = new ChannelHarness().attach(DEV, display);
    private final List<byte[]> outbound = new ArrayList<>();

    private Csw run() {
        h.caw(0, 0x800);
        int cc = h.startIo(DEV);
        if (cc == 1) {
            return h.csw();
        }
        h.settle();
        return h.takeCsw(DEV);
    }

    private void connect(byte[] inbound) {
        display.attach(new DisplayTerminal() {
            @Override
            public void outbound(int command, byte[] data) {
                byte[] record = new byte[data.length + 1];
                record[0] = (byte) command;
                System.arraycopy(data, 0, record, 1, data.length);
                outbound.add(record);
            }

            @Override
            public byte[] inbound(int command) {
                return inbound;
            }
        });
        h.settle();
        assertEquals(0x04, h.takeCsw(DEV).unitStatus(), "device end: the display became ready");
    }

    @Test
    void eraseWriteHandsTheCommandAndDataStreamToTheTerminal() {
        connect(new byte[0]);
        h.bytes(0x1000, new byte[] {(byte) 0xC3, 0x11, 0x40, 0x40, (byte) 0xC1});
        h.ccw(0x800, 0x05, 0x1000, 0, 5);
        assertEquals(new Csw(0, 0x808, 0x0C, 0, 0), run());
        assertArrayEquals(new byte[] {0x05, (byte) 0xC3, 0x11, 0x40, 0x40, (byte) 0xC1}, outbound.get(0));
    }

    @Test
    void anAidRaisesAttentionAndReadModifiedReturnsTheInboundStream() {
        connect(new byte[] {0x7D, 0x40, 0x40});
        display.aid();
        h.settle();
        assertEquals(0x80, h.takeCsw(DEV).unitStatus());
        h.ccw(0x800, 0x06, 0x1000, 0x20, 100);
        assertEquals(new Csw(0, 0x808, 0x0C, 0, 97), run());
        assertArrayEquals(new byte[] {0x7D, 0x40, 0x40}, h.bytes(0x1000, 3));
    }

    @Test
    void withoutATerminalTheDisplayIsNotReady() {
        h.ccw(0x800, 0x01, 0x1000, 0, 5);
        assertEquals(0x0E, run().unitStatus());
        assertEquals(0x40, display.sense()[0]);
    }
}
