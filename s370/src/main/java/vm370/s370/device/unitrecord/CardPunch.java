package vm370.s370.device.unitrecord;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;
import vm370.s370.device.BasicDevice;
import vm370.s370.text.Ebcdic;

/**
 * The 2540 card punch (3525-compatible commands): punch a card with or without stacker selection,
 * no-operation, sense. Cards go to a host stream as 80-byte EBCDIC records (Hercules' default) or,
 * with {@code ascii}, as text lines without trailing blanks.
 */
public final class CardPunch extends BasicDevice {

    private final OutputStream out;
    private final Ebcdic asciiCodePage;
    private int cards;

    /** A punch writing EBCDIC records, or ASCII lines when {@code asciiCodePage} is not null. */
    public CardPunch(OutputStream out, Ebcdic asciiCodePage) {
        super(1);
        this.out = out;
        this.asciiCodePage = asciiCodePage;
    }

    @Override
    protected UnitStatus command(Ccw ccw, ChannelPort port) {
        int command = ccw.command();
        if (command == NO_OPERATION) {
            return UnitStatus.END;
        }
        if ((command & 0x3F) != 0x01) {
            return reject();
        }
        byte[] card = new byte[CardDeck.CARD];
        Arrays.fill(card, (byte) 0x40);
        port.read(card, 0, card.length);
        port.end(punch(card) ? UnitStatus.END : unitCheck(EQUIPMENT_CHECK, 0));
        return UnitStatus.NONE;
    }

    private boolean punch(byte[] card) {
        try {
            if (asciiCodePage == null) {
                out.write(card);
            } else {
                out.write((asciiCodePage.decode(card).stripTrailing() + "\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
            cards++;
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return "2540 card punch, " + cards + " cards punched";
    }
}
