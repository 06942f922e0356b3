package vm370.cp.console;

import java.util.BitSet;

/**
 * The real addresses CP gives its terminals while they are connected, as VM/370 names them in
 * operator messages and QUERY NAMES: 3270s from X'0C0', line-mode terminals from X'020'.
 */
final class TerminalAddresses {

    private static final int GRAF_BASE = 0x0C0;
    private static final int LINE_BASE = 0x020;
    /** A span of addresses per kind; past it addresses grow beyond three digits, still unique. */
    private static final int SPAN = 0x1000;

    private final BitSet graf = new BitSet();
    private final BitSet line = new BitSet();

    synchronized String take(boolean display) {
        BitSet used = display ? graf : line;
        int index = used.nextClearBit(0);
        used.set(index);
        int base = display ? GRAF_BASE : LINE_BASE;
        int address = index < SPAN - base ? base + index : SPAN + index;
        return String.format("%03X", address);
    }

    synchronized void give(boolean display, String address) {
        int value = Integer.parseInt(address, 16);
        int base = display ? GRAF_BASE : LINE_BASE;
        int index = value >= SPAN ? value - SPAN : value - base;
        (display ? graf : line).clear(index);
    }
}
