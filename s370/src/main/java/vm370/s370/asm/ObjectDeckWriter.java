package vm370.s370.asm;

import java.io.ByteArrayOutputStream;
import java.util.List;
import vm370.s370.text.Ebcdic;

/**
 * Writes an object deck: 80-byte EBCDIC cards ESD, TXT, RLD and END in the layout of the OS/360
 * and VM/370 loaders (X'02' in column 1, the card type in 2-4, the deck id and sequence number in
 * 73-80). ESD items are SD (or PC for private code), ER, WX and LD; TXT cards hold up to 56 bytes.
 */
final class ObjectDeckWriter {

    static final int CARD = 80;
    static final int TEXT_BYTES = 56;
    private static final byte BLANK = Ebcdic.SPACE;

    /** An ESD item: type SD 00, LD 01, ER 02, PC 04, WX 0A. */
    record EsdItem(String name, int type, int esdId, int address, int lengthOrOwner) {
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final String deckId;
    private int sequence;
    private byte[] text;
    private int textLength;
    private int textAddress;
    private int textEsdId;

    ObjectDeckWriter(String deckId) {
        this.deckId = deckId.length() > 4 ? deckId.substring(0, 4) : deckId;
    }

    void esd(List<EsdItem> items) {
        for (int i = 0; i < items.size(); i += 3) {
            byte[] card = card("ESD");
            List<EsdItem> group = items.subList(i, Math.min(items.size(), i + 3));
            halfword(card, 10, group.size() * 16);
            EsdItem first = group.get(0);
            if (first.type() != 1) {
                halfword(card, 14, first.esdId());
            }
            int at = 16;
            for (EsdItem item : group) {
                name(card, at, item.name());
                card[at + 8] = (byte) item.type();
                switch (item.type()) {
                    case 0x00, 0x04 -> {
                        address(card, at + 9, item.address());
                        card[at + 12] = 0;
                        address(card, at + 13, item.lengthOrOwner());
                    }
                    case 0x01 -> {
                        address(card, at + 9, item.address());
                        address(card, at + 13, item.lengthOrOwner());
                    }
                    default -> address(card, at + 9, 0);
                }
                at += 16;
            }
            emit(card);
        }
    }

    /** Adds text bytes; contiguous bytes of one ESD id share cards. */
    void text(int esdId, int address, byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            if (text == null || textEsdId != esdId || textAddress + textLength != address + i || textLength == TEXT_BYTES) {
                flushText();
                text = card("TXT");
                textEsdId = esdId;
                textAddress = address + i;
                textLength = 0;
            }
            int n = Math.min(bytes.length - i, TEXT_BYTES - textLength);
            System.arraycopy(bytes, i, text, 16 + textLength, n);
            textLength += n;
            i += n;
        }
    }

    private void flushText() {
        if (text != null && textLength > 0) {
            address(text, 5, textAddress);
            halfword(text, 10, textLength);
            halfword(text, 14, textEsdId);
            emit(text);
        }
        text = null;
    }

    void relocations(List<Relocation> entries) {
        flushText();
        int i = 0;
        while (i < entries.size()) {
            byte[] card = card("RLD");
            int at = 16;
            Relocation previous = null;
            int previousFlagsAt = -1;
            while (i < entries.size()) {
                Relocation r = entries.get(i);
                boolean same = previous != null && previous.relocationEsdId() == r.relocationEsdId()
                        && previous.positionEsdId() == r.positionEsdId();
                int size = same ? 4 : 8;
                if (at + size > 16 + TEXT_BYTES) {
                    break;
                }
                if (same) {
                    card[previousFlagsAt] |= 0x01;
                } else {
                    halfword(card, at, r.relocationEsdId());
                    halfword(card, at + 2, r.positionEsdId());
                    at += 4;
                }
                previousFlagsAt = at;
                card[at] = (byte) r.flags();
                address(card, at + 1, r.address());
                at += 4;
                previous = r;
                i++;
            }
            halfword(card, 10, at - 16);
            emit(card);
        }
    }

    void end(int entryAddress, int entryEsdId) {
        flushText();
        byte[] card = card("END");
        if (entryAddress >= 0) {
            address(card, 5, entryAddress);
            halfword(card, 14, entryEsdId);
        }
        emit(card);
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private byte[] card(String type) {
        byte[] card = new byte[CARD];
        java.util.Arrays.fill(card, BLANK);
        card[0] = 0x02;
        name(card, 1, type);
        return card;
    }

    private void emit(byte[] card) {
        sequence++;
        String digits = String.valueOf(sequence);
        int width = 8 - deckId.length();
        String id = deckId + "0".repeat(Math.max(0, width - digits.length())) + digits;
        byte[] encoded = Ebcdic.CP037.encode(id.substring(id.length() - 8));
        System.arraycopy(encoded, 0, card, 72, 8);
        out.writeBytes(card);
    }

    private static void name(byte[] card, int at, String name) {
        byte[] encoded = Ebcdic.CP037.encodePadded(name, name.length() == 3 ? 3 : 8);
        System.arraycopy(encoded, 0, card, at, encoded.length);
    }

    private static void halfword(byte[] card, int at, int value) {
        card[at] = (byte) (value >>> 8);
        card[at + 1] = (byte) value;
    }

    private static void address(byte[] card, int at, int value) {
        card[at] = (byte) (value >>> 16);
        card[at + 1] = (byte) (value >>> 8);
        card[at + 2] = (byte) value;
    }
}
