package vm370.spool.host;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vm370.s370.text.Ebcdic;

/**
 * Turns a host card deck (a file dropped in the hopper, a socket's stream) into 80-column EBCDIC
 * cards, following Hercules' card reader conventions (hercules-devices.md), or says why it cannot.
 */
public final class DeckDecoder {

    /** Columns on a card. */
    public static final int CARD = 80;
    private static final int AUTO_DETECT_BYTES = 160;

    /** The outcome of decoding. */
    public sealed interface Decoded {
        /** The cards, each 80 bytes of EBCDIC. */
        record Cards(List<byte[]> cards) implements Decoded {}
        /** Why the deck cannot be read. */
        record Unreadable(String reason) implements Decoded {}
    }

    private final Ebcdic codePage;

    public DeckDecoder(Ebcdic codePage) {
        this.codePage = codePage;
    }

    /** Decodes a deck. */
    public Decoded decode(byte[] deck, DeckFormat format) {
        if (deck.length == 0) {
            return new Decoded.Unreadable("EMPTY DECK");
        }
        boolean ascii = switch (format) {
            case ASCII -> true;
            case EBCDIC -> false;
            case AUTO -> looksLikeAscii(deck);
        };
        return ascii ? ascii(deck) : ebcdic(deck);
    }

    static boolean looksLikeAscii(byte[] deck) {
        int n = Math.min(AUTO_DETECT_BYTES, deck.length);
        for (int i = 0; i < n; i++) {
            int b = deck[i] & 0xFF;
            if (!(b >= 0x20 && b <= 0x7F) && b != '\r' && b != '\n' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private Decoded ebcdic(byte[] deck) {
        if (deck.length % CARD != 0) {
            return new Decoded.Unreadable("EBCDIC DECK OF " + deck.length + " BYTES IS NOT A MULTIPLE OF 80");
        }
        List<byte[]> cards = new ArrayList<>(deck.length / CARD);
        for (int i = 0; i < deck.length; i += CARD) {
            cards.add(Arrays.copyOfRange(deck, i, i + CARD));
        }
        return new Decoded.Cards(cards);
    }

    private Decoded ascii(byte[] deck) {
        List<byte[]> cards = new ArrayList<>();
        StringBuilder line = new StringBuilder(CARD);
        int end = deck.length;
        for (int i = 0; i < deck.length; i++) {
            if (deck[i] == 0x1A) {
                end = i;
                break;
            }
        }
        boolean pending = false;
        for (int i = 0; i < end; i++) {
            int b = deck[i] & 0xFF;
            if (b == '\n') {
                cards.add(codePage.encodePadded(line, CARD));
                line.setLength(0);
                pending = false;
                continue;
            }
            pending = true;
            if (b == '\r') {
                continue;
            }
            if (b == '\t') {
                do {
                    line.append(' ');
                } while (line.length() % 8 != 0);
            } else {
                line.append((char) b);
            }
            if (line.length() > CARD) {
                return new Decoded.Unreadable("CARD " + (cards.size() + 1) + " IS LONGER THAN 80 COLUMNS");
            }
        }
        if (pending && !line.isEmpty()) {
            cards.add(codePage.encodePadded(line, CARD));
        }
        if (cards.isEmpty()) {
            return new Decoded.Unreadable("EMPTY DECK");
        }
        return new Decoded.Cards(cards);
    }
}
