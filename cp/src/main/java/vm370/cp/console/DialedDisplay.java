package vm370.cp.console;

import vm370.cp.vm.VirtualMachine;
import vm370.s370.device.display.Display3270;
import vm370.s370.device.display.DisplayTerminal;
import vm370.terminals.Display3270Terminal;
import vm370.terminals.DisplayInput;
import vm370.terminals.datastream.Aid;
import vm370.terminals.datastream.BufferAddress;
import vm370.terminals.datastream.DataStreamCodec;
import vm370.terminals.datastream.DataStreamException;
import vm370.terminals.datastream.InboundRecord;

/**
 * A 3270 DIALed to a virtual machine's display (DEFINE GRAF): the guest's write CCWs go straight
 * to the terminal, its read CCWs get the user's last key with the modified fields, and each AID key
 * is attention at the guest's device. The connection ends when the guest's user DETACHes (or
 * RESETs) the device or logs off, or when the terminal goes away: the display lets go of its screen.
 * @vm370 DMKDIA
 */
final class DialedDisplay extends DialedConnection implements DisplayTerminal {

    private final Display3270Terminal terminal;
    private final Display3270 device;
    /** The inbound stream of the last AID key, for the guest's Read Modified (null before the first); set on the terminal's thread. */
    private volatile byte[] keyed;

    DialedDisplay(Display3270Terminal terminal, VirtualMachine machine, int address, Display3270 device, Runnable dropped) {
        super(machine, address, dropped);
        this.terminal = terminal;
        this.device = device;
    }

    @Override
    public void outbound(int command, byte[] data) {
        byte[] stream = new byte[data.length + 1];
        stream[0] = (byte) command;
        System.arraycopy(data, 0, stream, 1, data.length);
        try {
            terminal.write(DataStreamCodec.decodeOutbound(stream, 0, stream.length));
        } catch (DataStreamException e) {
            // A guest's malformed data stream is the guest's problem: the screen keeps what it had.
            System.getLogger(DialedDisplay.class.getName()).log(System.Logger.Level.DEBUG,
                    "bad 3270 data stream from " + machine().userid() + ": " + e.getMessage());
        }
    }

    @Override
    public byte[] inbound(int command) {
        if (command == Display3270.READ_BUFFER) {
            return bytes(terminal.screen().readBuffer(Aid.NO_AID));
        }
        byte[] last = keyed;
        return last != null ? last : bytes(terminal.screen().readModified(Aid.NO_AID, false));
    }

    /** A key at the terminal (on its thread): its inbound stream is kept, and the guest's device raises attention. */
    void attention(DisplayInput.Attention attention) {
        Aid aid = attention.aid();
        keyed = bytes(aid.isShortRead() ? new InboundRecord.ShortRead(aid) : terminal.screen().readModified(aid, false));
        machine().perform(device::aid);
    }

    /** The terminal went away: the guest's device is not ready again. */
    void terminalGone() {
        machine().perform(device::release);
    }

    @Override
    public void released() {
        drop();
    }

    private byte[] bytes(InboundRecord record) {
        return DataStreamCodec.toBytes(record, BufferAddress.AddressMode.forBufferSize(terminal.type().size()));
    }
}
