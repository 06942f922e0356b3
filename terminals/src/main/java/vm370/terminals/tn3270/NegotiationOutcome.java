package vm370.terminals.tn3270;

import vm370.terminals.screen.TerminalType;

/** How a telnet negotiation ended: a 3270 display, a line-mode terminal, or a peer to drop. */
public sealed interface NegotiationOutcome {

    /** A 3270 in TN3270 or TN3270E mode, with its LU name (claimed in the server's {@link LuNames}). */
    record Display(TerminalType type, String luName, boolean tn3270e) implements NegotiationOutcome {
    }

    /** A plain telnet client (NVT), with the terminal type it named if any. */
    record Line(String terminalType) implements NegotiationOutcome {
    }

    /** The peer broke the protocol or refused what a 3270 needs. */
    record Failed(String reason) implements NegotiationOutcome {
    }
}
