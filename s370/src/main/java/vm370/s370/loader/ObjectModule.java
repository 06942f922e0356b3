package vm370.s370.loader;

import java.util.ArrayList;
import java.util.List;
import vm370.s370.text.Ebcdic;

/**
 * One object deck as read from its cards: the external symbol dictionary, text records,
 * relocation entries and the END card's entry point. Cards that are not ESD, TXT, RLD or END
 * (SYM, comments) are skipped; malformed ones are reported, as CMS LOAD does, by {@code INVALID CARD}.
 */
public record ObjectModule(List<Esd> esd, List<Text> text, List<Rld> rld, int entryAddress, int entryEsdId,
        List<String> messages) {

    /** An ESD item: type SD 00, LD 01, ER 02, PC 04, WX 0A; {@code esdId} 0 for LD; {@code owner} is an LD's section. */
    public record Esd(String name, int type, int esdId, int address, int length, int owner) {
    }

    /** A TXT card's bytes at an assembled address in the section {@code esdId}. */
    public record Text(int esdId, int address, byte[] bytes) {
    }

    /** An RLD item: the adcon at {@code address} in section {@code positionEsdId}, relocated by {@code relocationEsdId}. */
    public record Rld(int relocationEsdId, int positionEsdId, int flags, int address) {
        public int length() {
            return (flags >> 2 & 3) + 1;
        }

        public boolean negative() {
            return (flags & 0x02) != 0;
        }
    }

    /** Reads a deck of 80-byte cards; an incomplete last card is reported and dropped. */
    public static ObjectModule read(byte[] deck) {
        List<Esd> esd = new ArrayList<>();
        List<Text> text = new ArrayList<>();
        List<Rld> rld = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        int entryAddress = -1;
        int entryEsdId = 0;
        for (int at = 0; at + 80 <= deck.length; at += 80) {
            if (deck[at] != 0x02) {
                continue;
            }
            String type = Ebcdic.CP037.decode(deck, at + 1, 3);
            int count = halfword(deck, at + 10);
            switch (type) {
                case "ESD" -> readEsd(deck, at, count, esd, messages);
                case "TXT" -> {
                    if (count > 56) {
                        messages.add(invalid(deck, at));
                    } else {
                        byte[] bytes = new byte[count];
                        System.arraycopy(deck, at + 16, bytes, 0, count);
                        text.add(new Text(halfword(deck, at + 14), address(deck, at + 5), bytes));
                    }
                }
                case "RLD" -> readRld(deck, at, count, rld, messages);
                case "END" -> {
                    if (deck[at + 5] != 0x40 && entryAddress < 0) {
                        entryAddress = address(deck, at + 5);
                        entryEsdId = halfword(deck, at + 14);
                    }
                }
                default -> { }
            }
        }
        if (deck.length % 80 != 0) {
            messages.add("INVALID CARD - deck length " + deck.length + " is not a multiple of 80");
        }
        return new ObjectModule(esd, text, rld, entryAddress, entryEsdId, messages);
    }

    private static void readEsd(byte[] deck, int at, int count, List<Esd> esd, List<String> messages) {
        if (count % 16 != 0 || count > 48) {
            messages.add(invalid(deck, at));
            return;
        }
        int id = deck[at + 14] == 0x40 ? 0 : halfword(deck, at + 14);
        for (int item = at + 16; item < at + 16 + count; item += 16) {
            String name = Ebcdic.CP037.decode(deck, item, 8).stripTrailing();
            int type = deck[item + 8] & 0xFF;
            if (type == 0x01) {
                esd.add(new Esd(name, type, 0, address(deck, item + 9), 0, address(deck, item + 13)));
            } else {
                esd.add(new Esd(name, type, id, address(deck, item + 9), deck[item + 13] == 0x40 ? 0 : address(deck, item + 13), 0));
                id++;
            }
        }
    }

    private static void readRld(byte[] deck, int at, int count, List<Rld> rld, List<String> messages) {
        if (count > 56) {
            messages.add(invalid(deck, at));
            return;
        }
        int p = at + 16;
        int end = p + count;
        int r = 0;
        int position = 0;
        boolean same = false;
        while (p < end) {
            if (!same) {
                if (p + 8 > end) {
                    messages.add(invalid(deck, at));
                    return;
                }
                r = halfword(deck, p);
                position = halfword(deck, p + 2);
                p += 4;
            } else if (p + 4 > end) {
                messages.add(invalid(deck, at));
                return;
            }
            int flags = deck[p] & 0xFF;
            rld.add(new Rld(r, position, flags, address(deck, p + 1)));
            same = (flags & 0x01) != 0;
            p += 4;
        }
    }

    private static String invalid(byte[] deck, int at) {
        return "INVALID CARD - " + Ebcdic.CP037.decode(deck, at + 1, 3) + " "
                + Ebcdic.CP037.decode(deck, at + 72, 8).strip();
    }

    static int halfword(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    static int address(byte[] b, int at) {
        return (b[at] & 0xFF) << 16 | (b[at + 1] & 0xFF) << 8 | b[at + 2] & 0xFF;
    }
}
