package vm370.s370.loader;

import java.io.ByteArrayOutputStream;

/**
 * Writes an IPL-able card deck for a linked program (GA22-7000, "Initial Program Loading"). The
 * IPL card holds the PSW (BC mode, disabled, key 0, at the entry point) and two CCWs: read the first
 * CCW card, then TIC to it. Each CCW card reads the next nine text cards straight to their storage
 * addresses and then the next CCW card just behind itself, so the channel runs on into it; the
 * program's text follows as raw 80-byte cards. The CCW cards sit just above the program.
 */
public final class IplDeckWriter {

    private static final int CARD = 80;
    private static final int READ = 0x02;
    private static final int TIC = 0x08;
    private static final int CHAIN_COMMAND = 0x40;
    private static final int SUPPRESS_LENGTH = 0x20;
    private static final int TEXT_PER_CCW_CARD = 9;

    private IplDeckWriter() {
    }

    /**
     * The deck: IPL card, then CCW and text cards.
     * @throws IllegalArgumentException when the program is empty, starts below 24 (the IPL PSW and
     *         CCWs) or does not fit below 16M together with its CCW cards
     */
    public static byte[] write(LoadedProgram program) {
        int origin = program.origin();
        byte[] image = program.image();
        if (image.length == 0 || origin < 24) {
            throw new IllegalArgumentException("program origin: " + Integer.toHexString(origin)
                    + " length: " + image.length + " (expected: some text at X'18' or above)");
        }
        int textCards = (image.length + CARD - 1) / CARD;
        int ccwCards = (textCards + TEXT_PER_CCW_CARD - 1) / TEXT_PER_CCW_CARD;
        int ccwArea = (origin + image.length + 7) & ~7;
        if (ccwArea + ccwCards * CARD > 0xFFFFFF) {
            throw new IllegalArgumentException("program end: " + Integer.toHexString(ccwArea) + " (expected: below 16M)");
        }
        ByteArrayOutputStream deck = new ByteArrayOutputStream();
        byte[] ipl = new byte[CARD];
        int entry = program.entry();
        ipl[5] = (byte) (entry >>> 16);
        ipl[6] = (byte) (entry >>> 8);
        ipl[7] = (byte) entry;
        ccw(ipl, 8, READ, ccwArea, CHAIN_COMMAND | SUPPRESS_LENGTH, CARD);
        ccw(ipl, 16, TIC, ccwArea, 0, 1);
        deck.writeBytes(ipl);
        int text = 0;
        for (int c = 0; c < ccwCards; c++) {
            byte[] ccws = new byte[CARD];
            int first = text;
            int last = Math.min(textCards, first + TEXT_PER_CCW_CARD);
            for (int t = first; t < last; t++) {
                int length = Math.min(CARD, image.length - t * CARD);
                boolean finalRead = t == textCards - 1;
                ccw(ccws, (t - first) * 8, READ, origin + t * CARD, finalRead ? SUPPRESS_LENGTH : CHAIN_COMMAND | SUPPRESS_LENGTH, length);
            }
            if (c + 1 < ccwCards) {
                ccw(ccws, TEXT_PER_CCW_CARD * 8, READ, ccwArea + (c + 1) * CARD, CHAIN_COMMAND | SUPPRESS_LENGTH, CARD);
            }
            deck.writeBytes(ccws);
            for (int t = first; t < last; t++) {
                byte[] card = new byte[CARD];
                System.arraycopy(image, t * CARD, card, 0, Math.min(CARD, image.length - t * CARD));
                deck.writeBytes(card);
            }
            text = last;
        }
        return deck.toByteArray();
    }

    private static void ccw(byte[] b, int at, int command, int address, int flags, int count) {
        b[at] = (byte) command;
        b[at + 1] = (byte) (address >>> 16);
        b[at + 2] = (byte) (address >>> 8);
        b[at + 3] = (byte) address;
        b[at + 4] = (byte) flags;
        b[at + 6] = (byte) (count >>> 8);
        b[at + 7] = (byte) count;
    }
}
