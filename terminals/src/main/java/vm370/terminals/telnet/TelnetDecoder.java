package vm370.terminals.telnet;

/**
 * A byte-at-a-time telnet state machine: commands and subnegotiations may be split anywhere
 * across reads. Data bytes go to {@link Sink#data} one by one (no allocation); everything
 * else becomes a {@link TelnetEvent}. Owned by one reading thread. @see RFC 854
 */
public final class TelnetDecoder {

    /** Receives what the decoder finds. */
    public interface Sink {
        void data(int b);

        void event(TelnetEvent event);
    }

    private enum State { DATA, IAC, OPTION, SB_OPTION, SB_DATA, SB_IAC }

    private final Sink sink;
    private final byte[] subnegotiation;
    private State state = State.DATA;
    private TelnetCommand pending;
    private int sbOption;
    private int sbLength;
    private boolean sbOverflow;

    /** @param maxSubnegotiation the longest subnegotiation accepted; longer ones are Malformed */
    public TelnetDecoder(Sink sink, int maxSubnegotiation) {
        this.sink = sink;
        this.subnegotiation = new byte[maxSubnegotiation];
    }

    /** Feeds bytes from a read. */
    public void feed(byte[] bytes, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            feed(bytes[i] & 0xFF);
        }
    }

    /** Feeds one byte. */
    public void feed(int b) {
        switch (state) {
            case DATA -> {
                if (b == 0xFF) {
                    state = State.IAC;
                } else {
                    sink.data(b);
                }
            }
            case IAC -> command(b);
            case OPTION -> {
                state = State.DATA;
                sink.event(new TelnetEvent.Negotiation(pending, b));
            }
            case SB_OPTION -> {
                sbOption = b;
                sbLength = 0;
                sbOverflow = false;
                state = State.SB_DATA;
            }
            case SB_DATA -> {
                if (b == 0xFF) {
                    state = State.SB_IAC;
                } else {
                    append(b);
                }
            }
            case SB_IAC -> subnegotiationIac(b);
        }
    }

    private void command(int b) {
        TelnetCommand command = TelnetCommand.ofByte(b);
        state = State.DATA;
        if (command == null) {
            sink.event(new TelnetEvent.Malformed(String.format("IAC %02X", b)));
        } else if (command == TelnetCommand.IAC) {
            sink.data(0xFF);
        } else if (command == TelnetCommand.END_OF_RECORD) {
            sink.event(TelnetEvent.END_OF_RECORD);
        } else if (command.isNegotiation()) {
            pending = command;
            state = State.OPTION;
        } else if (command == TelnetCommand.SB) {
            state = State.SB_OPTION;
        } else if (command == TelnetCommand.SE) {
            sink.event(new TelnetEvent.Malformed("IAC SE outside a subnegotiation"));
        } else {
            sink.event(new TelnetEvent.Command(command));
        }
    }

    private void subnegotiationIac(int b) {
        if (b == 0xFF) {
            append(0xFF);
            state = State.SB_DATA;
        } else if (b == TelnetCommand.SE.wireCode()) {
            state = State.DATA;
            if (sbOverflow) {
                sink.event(new TelnetEvent.Malformed("subnegotiation longer than " + subnegotiation.length + " bytes"));
            } else {
                byte[] data = new byte[sbLength];
                System.arraycopy(subnegotiation, 0, data, 0, sbLength);
                sink.event(new TelnetEvent.Subnegotiation(sbOption, data));
            }
        } else {
            state = State.DATA;
            sink.event(new TelnetEvent.Malformed(String.format("IAC %02X inside a subnegotiation", b)));
        }
    }

    private void append(int b) {
        if (sbLength < subnegotiation.length) {
            subnegotiation[sbLength++] = (byte) b;
        } else {
            sbOverflow = true;
        }
    }

    /** True when no command or subnegotiation is half-read. */
    public boolean isIdle() {
        return state == State.DATA;
    }
}
