package vm370.cms.program;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import vm370.s370.loader.ObjectModule;

/** Object decks as lists of 80-byte cards: where a deck ends, and the names a TXTLIB member takes from it. */
final class ObjectDecks {

    private static final int SD = 0x00;
    private static final int LD = 0x01;

    private ObjectDecks() {
    }

    /** True for an END card (X'02' C'END'). */
    static boolean isEnd(byte[] card) {
        return card.length >= 4 && card[0] == 0x02 && card[1] == (byte) 0xC5 && card[2] == (byte) 0xD5
                && card[3] == (byte) 0xC4;
    }

    /** The cards as one deck. */
    static byte[] join(List<byte[]> cards) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(cards.size() * 80);
        for (byte[] card : cards) {
            out.write(card, 0, Math.min(80, card.length));
            for (int i = card.length; i < 80; i++) {
                out.write(0x40);
            }
        }
        return out.toByteArray();
    }

    /** A TXTLIB member for one deck: named by its control sections, then its entries ({@code fallback} when none). */
    static Library.Member member(List<byte[]> deck, String fallback) {
        ObjectModule module = ObjectModule.read(join(deck));
        List<String> names = new ArrayList<>();
        for (int type : new int[] {SD, LD}) {
            for (ObjectModule.Esd e : module.esd()) {
                if (e.type() == type && !e.name().isEmpty() && !names.contains(e.name())) {
                    names.add(e.name());
                }
            }
        }
        if (names.isEmpty()) {
            names.add(fallback);
        }
        return new Library.Member(List.copyOf(names), List.copyOf(deck));
    }
}
