package vm370.terminals.telnet;

import vm370.terminals.datastream.ByteWriter;

/** Telnet framing for output: IAC doubling, negotiations, subnegotiations and IAC EOR. @see RFC 854 */
public final class TelnetWriter {

    private TelnetWriter() {
    }

    /** Appends data with every X'FF' doubled. */
    public static void data(ByteWriter out, byte[] bytes, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            int b = bytes[i] & 0xFF;
            out.put(b);
            if (b == 0xFF) {
                out.put(0xFF);
            }
        }
    }

    public static void negotiate(ByteWriter out, TelnetCommand command, int option) {
        out.put(0xFF);
        out.put(command.wireCode());
        out.put(option);
    }

    public static void subnegotiation(ByteWriter out, int option, byte[] data) {
        out.put(0xFF);
        out.put(TelnetCommand.SB.wireCode());
        out.put(option);
        data(out, data, 0, data.length);
        out.put(0xFF);
        out.put(TelnetCommand.SE.wireCode());
    }

    public static void endOfRecord(ByteWriter out) {
        out.put(0xFF);
        out.put(TelnetCommand.END_OF_RECORD.wireCode());
    }
}
