package vm370.s370.device.unitrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.s370.text.Ebcdic;

/** Card decks as Hercules reads them: ASCII or EBCDIC told apart by the first 160 bytes. */
class CardDeckTest {

    @Test
    void printableTextIsAsciiAndAnythingElseIsEbcdic() {
        assertEquals(CardDeck.Format.ASCII, CardDeck.detect("//JOB\r\n\tCARD\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(CardDeck.Format.EBCDIC, CardDeck.detect(new byte[] {(byte) 0xC1, 0x40}));
        byte[] late = new byte[200];
        Arrays.fill(late, (byte) 'A');
        late[170] = 0;
        assertEquals(CardDeck.Format.ASCII, CardDeck.detect(late));
    }

    @Test
    void asciiLinesBecomeBlankPaddedEbcdicCardsWithTabsToEightAndCrIgnored() {
        List<byte[]> cards = CardDeck.cards("A\tB\r\nLAST".getBytes(StandardCharsets.US_ASCII), CardDeck.Format.AUTO, Ebcdic.CP037, false);
        assertEquals(2, cards.size());
        assertEquals("A       B" + " ".repeat(71), Ebcdic.CP037.decode(cards.get(0)));
        assertEquals("LAST", Ebcdic.CP037.decode(cards.get(1)).strip());
    }

    @Test
    void controlZEndsAnAsciiDeckAndLongLinesAreUnreadableUnlessTruncated() {
        byte[] text = ("X".repeat(81) + "\nNEXT\n\u001aIGNORED\n").getBytes(StandardCharsets.US_ASCII);
        List<byte[]> cards = CardDeck.cards(text, CardDeck.Format.ASCII, Ebcdic.CP037, false);
        assertEquals(2, cards.size());
        assertNull(cards.get(0));
        assertEquals(80, CardDeck.cards(text, CardDeck.Format.ASCII, Ebcdic.CP037, true).get(0).length);
    }

    @Test
    void anEbcdicDeckIsEightyByteRecords() {
        byte[] deck = new byte[160];
        deck[80] = (byte) 0xC1;
        List<byte[]> cards = CardDeck.cards(deck, CardDeck.Format.EBCDIC, Ebcdic.CP037, false);
        assertEquals(2, cards.size());
        assertEquals((byte) 0xC1, cards.get(1)[0]);
    }
}
