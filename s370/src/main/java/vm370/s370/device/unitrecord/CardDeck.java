package vm370.s370.device.unitrecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vm370.s370.text.Ebcdic;

/**
 * A card deck read from a host file as Hercules reads one: 80-byte EBCDIC records, or ASCII text
 * lines (LF or CRLF, tabs to the next multiple of 8, X'1A' ends the deck, padded with EBCDIC blanks).
 * In {@link Format#AUTO} the deck is ASCII when its first 160 bytes are all printable ASCII, CR, LF or TAB.
 */
public final class CardDeck {

    /** Bytes on a card. */
    public static final int CARD = 80;

    /** How the file's bytes become cards. */
    public enum Format { AUTO, EBCDIC, ASCII }

    private CardDeck() {
    }

    /** The format {@link Format#AUTO} picks for these bytes. */
    public static Format detect(byte[] file) {
        int n = Math.min(160, file.length);
        for (int i = 0; i < n; i++) {
            int b = file[i] & 0xFF;
            if (!(b >= 0x20 && b <= 0x7F) && b != '\r' && b != '\n' && b != '\t') {
                return Format.EBCDIC;
            }
        }
        return Format.ASCII;
    }

    /**
     * The cards of a deck. A null card stands for an ASCII line longer than 80 columns when
     * {@code truncate} is off: reading it gives a unit check, as on Hercules.
     */
    public static List<byte[]> cards(byte[] file, Format format, Ebcdic codePage, boolean truncate) {
        Format f = format == Format.AUTO ? detect(file) : format;
        return f == Format.EBCDIC ? ebcdic(file) : ascii(file, codePage, truncate);
    }

    private static List<byte[]> ebcdic(byte[] file) {
        List<byte[]> cards = new ArrayList<>();
        for (int at = 0; at < file.length; at += CARD) {
            cards.add(Arrays.copyOfRange(file, at, at + CARD));
        }
        return cards;
    }

    private static List<byte[]> ascii(byte[] file, Ebcdic codePage, boolean truncate) {
        List<byte[]> cards = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean pending = false;
        for (byte value : file) {
            int b = value & 0xFF;
            if (b == 0x1A) {
                break;
            }
            if (b == '\n') {
                cards.add(card(line, codePage, truncate));
                line.setLength(0);
                pending = false;
            } else if (b == '\t') {
                do {
                    line.append(' ');
                } while (line.length() % 8 != 0);
                pending = true;
            } else if (b != '\r') {
                line.append((char) b);
                pending = true;
            }
        }
        if (pending) {
            cards.add(card(line, codePage, truncate));
        }
        return cards;
    }

    private static byte[] card(CharSequence line, Ebcdic codePage, boolean truncate) {
        if (line.length() > CARD && !truncate) {
            return null;
        }
        return codePage.encodePadded(line, CARD);
    }
}
