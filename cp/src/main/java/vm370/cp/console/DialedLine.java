package vm370.cp.console;

import vm370.cp.vm.VirtualMachine;
import vm370.s370.device.line.LineStation;
import vm370.s370.device.line.TransmissionLine;
import vm370.s370.text.Ebcdic;

/**
 * A terminal DIALed to a virtual machine's 2701/2702/2703 line, in line mode whatever it is: each
 * line the user enters is one message for the guest's Read, BREAK (PA1) ends a waiting Read, and
 * what the guest writes is typed out, a new line at each NL, LF or CR. The line speaks EBCDIC: CP
 * translates the terminal's code. It ends as a dialed display does (RESET, DETACH, LOGOFF, the
 * guest's Disable, or the terminal going away).
 * @vm370 DMKDIA
 */
final class DialedLine extends DialedConnection implements LineStation {

    private static final Ebcdic CODE_PAGE = Ebcdic.CP037;
    private static final int NEW_LINE = 0x15;
    private static final int LINE_FEED = 0x25;
    private static final int CARRIAGE_RETURN = 0x0D;

    private final ConsoleDevice terminal;
    private final TransmissionLine device;

    DialedLine(ConsoleDevice terminal, VirtualMachine machine, int address, TransmissionLine device, Runnable dropped) {
        super(machine, address, dropped);
        this.terminal = terminal;
        this.device = device;
    }

    @Override
    public void transmit(byte[] data) {
        // One write is one line at least; the breaks in it start more, and a trailing one none.
        int start = 0;
        int i = 0;
        while (i < data.length) {
            int b = data[i] & 0xFF;
            if (b == NEW_LINE || b == LINE_FEED || b == CARRIAGE_RETURN) {
                terminal.line(CODE_PAGE.decode(data, start, i - start));
                i += b == CARRIAGE_RETURN && i + 1 < data.length && (data[i + 1] & 0xFF) == LINE_FEED ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < data.length || data.length == 0) {
            terminal.line(CODE_PAGE.decode(data, start, data.length - start));
        }
    }

    /** A line the user entered (on the terminal's thread): the guest's next message. */
    void typed(String text) {
        byte[] message = CODE_PAGE.encode(text);
        machine().perform(() -> device.receive(message));
    }

    /** BREAK or PA1 (on the terminal's thread): a waiting Read or Prepare ends. */
    void interrupt() {
        machine().perform(device::interrupt);
    }

    /** The terminal went away: the line is hung up. */
    void terminalGone() {
        machine().perform(device::release);
    }

    @Override
    public void released() {
        drop();
    }
}
