package vm370.terminals.tn3270;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vm370.terminals.datastream.ByteWriter;
import vm370.terminals.screen.TerminalType;
import vm370.terminals.telnet.TelnetCommand;
import vm370.terminals.telnet.TelnetEvent;
import vm370.terminals.telnet.TelnetOption;
import vm370.terminals.telnet.TelnetWriter;

/**
 * The server's side of telnet negotiation: offers TN3270E (device type with LU name, then
 * functions), falls back to TERMINAL-TYPE with EOR and BINARY (TN3270), and to plain NVT for a
 * client that is no 3270. Pure logic: events in, bytes to send out, an outcome at the end.
 * @see RFC 1576, RFC 2355
 */
public final class ServerNegotiation {

    private enum State { TN3270E_OFFERED, DEVICE_TYPE, FUNCTIONS, TERMINAL_TYPE_OFFERED, TERMINAL_TYPE, BINARY_EOR, DONE }

    private static final int MAX_FUNCTION_ROUNDS = 3;
    private static final int WILL_EOR = 1;
    private static final int DO_EOR = 2;
    private static final int WILL_BINARY = 4;
    private static final int DO_BINARY = 8;

    private final LuNames luNames;
    private final boolean offerTn3270e;
    private State state;
    private NegotiationOutcome outcome;
    private String terminalType;
    private String luName;
    private int binaryEorAcks;
    private int functionRounds;
    private final boolean[] refused = new boolean[256];

    public ServerNegotiation(LuNames luNames, boolean offerTn3270e) {
        this.luNames = luNames;
        this.offerTn3270e = offerTn3270e;
    }

    /** The first bytes the server sends. */
    public void start(ByteWriter out) {
        if (offerTn3270e) {
            TelnetWriter.negotiate(out, TelnetCommand.DO, TelnetOption.TN3270E);
            state = State.TN3270E_OFFERED;
        } else {
            offerTerminalType(out);
        }
    }

    /** The outcome, or null while negotiation goes on. */
    public NegotiationOutcome outcome() {
        return outcome;
    }

    /** A data byte before the end of negotiation: only a line-mode client types before answering. */
    public void data(int b) {
        if (state == State.TN3270E_OFFERED || state == State.TERMINAL_TYPE_OFFERED) {
            boolean text = b >= 0x20 && b < 0x7F || b == '\r' || b == '\n' || b == '\t' || b == 0;
            finish(text ? new NegotiationOutcome.Line("NETWORK-VIRTUAL-TERMINAL")
                    : new NegotiationOutcome.Failed(String.format("binary data %02X before negotiation", b)));
        } else {
            finish(new NegotiationOutcome.Failed(String.format("data %02X during negotiation", b)));
        }
    }

    /** Handles one event; replies go to {@code out}. */
    public void event(TelnetEvent event, ByteWriter out) {
        switch (event) {
            case TelnetEvent.Negotiation n -> negotiation(n.command(), n.option(), out);
            case TelnetEvent.Subnegotiation s -> subnegotiation(s.option(), s.data(), out);
            case TelnetEvent.Command c -> {
            }
            case TelnetEvent.EndOfRecord e -> finish(new NegotiationOutcome.Failed("EOR during negotiation"));
            case TelnetEvent.Malformed m -> finish(new NegotiationOutcome.Failed(m.reason()));
        }
    }

    private void negotiation(TelnetCommand command, int option, ByteWriter out) {
        boolean positive = command == TelnetCommand.WILL || command == TelnetCommand.DO;
        if (option == TelnetOption.TN3270E && command == TelnetCommand.WILL && state == State.TN3270E_OFFERED) {
            TelnetWriter.subnegotiation(out, TelnetOption.TN3270E,
                    new byte[] {(byte) Tn3270e.Operation.SEND.wireCode(), (byte) Tn3270e.Operation.DEVICE_TYPE.wireCode()});
            state = State.DEVICE_TYPE;
        } else if (option == TelnetOption.TN3270E && !positive) {
            if (state == State.TN3270E_OFFERED || state == State.DEVICE_TYPE || state == State.FUNCTIONS) {
                releaseLu();
                offerTerminalType(out);
            }
        } else if (option == TelnetOption.TERMINAL_TYPE && state == State.TERMINAL_TYPE_OFFERED) {
            if (command == TelnetCommand.WILL) {
                TelnetWriter.subnegotiation(out, TelnetOption.TERMINAL_TYPE, new byte[] {TelnetOption.TERMINAL_TYPE_SEND});
                state = State.TERMINAL_TYPE;
            } else {
                finish(new NegotiationOutcome.Line("NETWORK-VIRTUAL-TERMINAL"));
            }
        } else if ((option == TelnetOption.END_OF_RECORD || option == TelnetOption.BINARY) && state == State.BINARY_EOR) {
            binaryEor(command, option);
        } else if (positive) {
            refuse(command, option, out);
        }
    }

    private void binaryEor(TelnetCommand command, int option) {
        boolean eor = option == TelnetOption.END_OF_RECORD;
        switch (command) {
            case WILL -> binaryEorAcks |= eor ? WILL_EOR : WILL_BINARY;
            case DO -> binaryEorAcks |= eor ? DO_EOR : DO_BINARY;
            default -> finish(new NegotiationOutcome.Failed("terminal " + terminalType + " refused "
                    + (eor ? "END-OF-RECORD" : "BINARY")));
        }
        if (binaryEorAcks == (WILL_EOR | DO_EOR | WILL_BINARY | DO_BINARY)) {
            finish(new NegotiationOutcome.Display(TerminalType.parse(terminalType),
                    luName != null ? luName : luNames.allocate(), false));
        }
    }

    /** Says no, once per option, to what this server does not do (answers must not loop). */
    private void refuse(TelnetCommand command, int option, ByteWriter out) {
        if (!refused[option]) {
            refused[option] = true;
            TelnetWriter.negotiate(out, command == TelnetCommand.WILL ? TelnetCommand.DONT : TelnetCommand.WONT, option);
        }
    }

    private void subnegotiation(int option, byte[] data, ByteWriter out) {
        if (option == TelnetOption.TERMINAL_TYPE && state == State.TERMINAL_TYPE
                && data.length > 0 && data[0] == TelnetOption.TERMINAL_TYPE_IS) {
            terminalType = new String(data, 1, data.length - 1, StandardCharsets.US_ASCII).trim();
            int at = terminalType.indexOf('@');
            if (at >= 0 && TerminalType.isDisplay(terminalType)) {
                // As on a Hercules console: IBM-3278-2@NAME asks for device (LU) NAME.
                String requested = terminalType.substring(at + 1).toUpperCase();
                terminalType = terminalType.substring(0, at);
                if (luNames.claim(requested) != LuNames.Claim.CLAIMED) {
                    finish(new NegotiationOutcome.Failed("LU " + requested + " is not available"));
                    return;
                }
                luName = requested;
            }
            if (TerminalType.isDisplay(terminalType)) {
                TelnetWriter.negotiate(out, TelnetCommand.DO, TelnetOption.END_OF_RECORD);
                TelnetWriter.negotiate(out, TelnetCommand.WILL, TelnetOption.END_OF_RECORD);
                TelnetWriter.negotiate(out, TelnetCommand.DO, TelnetOption.BINARY);
                TelnetWriter.negotiate(out, TelnetCommand.WILL, TelnetOption.BINARY);
                state = State.BINARY_EOR;
            } else {
                finish(new NegotiationOutcome.Line(terminalType));
            }
        } else if (option == TelnetOption.TN3270E && data.length >= 2) {
            tn3270e(data, out);
        }
    }

    private void tn3270e(byte[] data, ByteWriter out) {
        int operation = data[0] & 0xFF;
        int verb = data[1] & 0xFF;
        if (state == State.DEVICE_TYPE && operation == Tn3270e.Operation.DEVICE_TYPE.wireCode()
                && verb == Tn3270e.Operation.REQUEST.wireCode()) {
            deviceTypeRequest(data, out);
        } else if (state == State.FUNCTIONS && operation == Tn3270e.Operation.FUNCTIONS.wireCode()) {
            functions(verb, data, out);
        }
    }

    private void deviceTypeRequest(byte[] data, ByteWriter out) {
        int end = 2;
        while (end < data.length && data[end] != Tn3270e.Operation.CONNECT.wireCode()
                && data[end] != Tn3270e.Operation.ASSOCIATE.wireCode()) {
            end++;
        }
        String type = new String(data, 2, end - 2, StandardCharsets.US_ASCII);
        if (!TerminalType.isDisplay(type)) {
            reject(Tn3270e.Reason.INV_DEVICE_TYPE, out);
            return;
        }
        if (end < data.length && data[end] == Tn3270e.Operation.ASSOCIATE.wireCode()) {
            reject(Tn3270e.Reason.INV_ASSOCIATE, out);
            return;
        }
        if (end < data.length) {
            String requested = new String(data, end + 1, data.length - end - 1, StandardCharsets.US_ASCII).toUpperCase();
            switch (luNames.claim(requested)) {
                case INVALID -> {
                    reject(Tn3270e.Reason.INV_NAME, out);
                    return;
                }
                case IN_USE -> {
                    reject(Tn3270e.Reason.DEVICE_IN_USE, out);
                    return;
                }
                case CLAIMED -> luName = requested;
            }
        } else {
            luName = luNames.allocate();
        }
        terminalType = type;
        ByteWriter body = new ByteWriter(32);
        body.put(Tn3270e.Operation.DEVICE_TYPE.wireCode());
        body.put(Tn3270e.Operation.IS.wireCode());
        body.put(type.getBytes(StandardCharsets.US_ASCII));
        body.put(Tn3270e.Operation.CONNECT.wireCode());
        body.put(luName.getBytes(StandardCharsets.US_ASCII));
        TelnetWriter.subnegotiation(out, TelnetOption.TN3270E, body.toByteArray());
        state = State.FUNCTIONS;
    }

    private void reject(Tn3270e.Reason reason, ByteWriter out) {
        TelnetWriter.subnegotiation(out, TelnetOption.TN3270E, new byte[] {
            (byte) Tn3270e.Operation.DEVICE_TYPE.wireCode(), (byte) Tn3270e.Operation.REJECT.wireCode(),
            (byte) Tn3270e.Operation.REASON.wireCode(), (byte) reason.wireCode()});
    }

    private void functions(int verb, byte[] data, ByteWriter out) {
        List<Integer> requested = new ArrayList<>();
        for (int i = 2; i < data.length; i++) {
            requested.add(data[i] & 0xFF);
        }
        List<Integer> agreed = requested.stream().filter(f -> f == Tn3270e.Function.RESPONSES.wireCode()).toList();
        if (verb == Tn3270e.Operation.IS.wireCode() && agreed.equals(requested)) {
            finishTn3270e();
        } else if (verb == Tn3270e.Operation.REQUEST.wireCode() && agreed.equals(requested)) {
            sendFunctions(Tn3270e.Operation.IS, agreed, out);
            finishTn3270e();
        } else if (++functionRounds > MAX_FUNCTION_ROUNDS) {
            releaseLu();
            finish(new NegotiationOutcome.Failed("TN3270E functions not agreed"));
        } else {
            sendFunctions(Tn3270e.Operation.REQUEST, agreed, out);
        }
    }

    private void sendFunctions(Tn3270e.Operation verb, List<Integer> functions, ByteWriter out) {
        byte[] body = new byte[2 + functions.size()];
        body[0] = (byte) Tn3270e.Operation.FUNCTIONS.wireCode();
        body[1] = (byte) verb.wireCode();
        for (int i = 0; i < functions.size(); i++) {
            body[2 + i] = (byte) (int) functions.get(i);
        }
        TelnetWriter.subnegotiation(out, TelnetOption.TN3270E, body);
    }

    private void finishTn3270e() {
        finish(new NegotiationOutcome.Display(TerminalType.parse(terminalType), luName, true));
    }

    private void offerTerminalType(ByteWriter out) {
        TelnetWriter.negotiate(out, TelnetCommand.DO, TelnetOption.TERMINAL_TYPE);
        state = State.TERMINAL_TYPE_OFFERED;
    }

    private void releaseLu() {
        if (luName != null) {
            luNames.release(luName);
            luName = null;
        }
    }

    private void finish(NegotiationOutcome result) {
        if (outcome == null) {
            if (result instanceof NegotiationOutcome.Failed) {
                releaseLu();
            }
            outcome = result;
            state = State.DONE;
        }
    }

    /** Gives back a claimed LU name when the connection ends before the outcome is used. */
    public void abandon() {
        releaseLu();
    }
}
