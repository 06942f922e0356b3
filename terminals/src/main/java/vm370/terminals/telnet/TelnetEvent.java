package vm370.terminals.telnet;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * What the telnet decoder found besides data bytes: a negotiation, a subnegotiation, a
 * command (IP, BRK, AYT...), or the end of a record (IAC EOR). @see RFC 854
 */
public sealed interface TelnetEvent {

    /** WILL, WONT, DO or DONT for an option. */
    record Negotiation(TelnetCommand command, int option) implements TelnetEvent {
    }

    /** IAC SB option data IAC SE, with IAC IAC in the data undone. */
    record Subnegotiation(int option, byte[] data) implements TelnetEvent {
        public Subnegotiation {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Subnegotiation s && s.option == option && Arrays.equals(s.data, data);
        }

        @Override
        public int hashCode() {
            return option * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return String.format("Subnegotiation[%02X %s]", option, HexFormat.of().formatHex(data));
        }
    }

    /** A command without an option: NOP, BRK, IP, AO, AYT, EC, EL, GA, DM. */
    record Command(TelnetCommand command) implements TelnetEvent {
    }

    /** IAC EOR: the data since the last one is one record. */
    record EndOfRecord() implements TelnetEvent {
    }

    /** A protocol violation: the decoder is reset; the session decides what to do. */
    record Malformed(String reason) implements TelnetEvent {
    }

    /** The shared EndOfRecord (it has no state). */
    EndOfRecord END_OF_RECORD = new EndOfRecord();
}
