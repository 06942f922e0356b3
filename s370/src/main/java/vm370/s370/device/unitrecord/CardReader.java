package vm370.s370.device.unitrecord;

import java.util.ArrayDeque;
import java.util.List;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;
import vm370.s370.device.BasicDevice;

/**
 * The 2540 card reader (3505-compatible commands): read a card (80 bytes) with or without stacker
 * selection, feed, no-operation, sense. An empty hopper gives intervention required, or unit
 * exception when the reader is set for end of file, as Hercules' {@code intrq} and {@code eof}.
 * @see "IBM 2540 Card Read Punch Component Description, GA21-9033"
 */
public final class CardReader extends BasicDevice {

    /** What the reader presents when a read finds the hopper empty. */
    public enum AtEnd { INTERVENTION_REQUIRED, UNIT_EXCEPTION }

    private final ArrayDeque<byte[]> hopper = new ArrayDeque<>();
    private final AtEnd atEnd;
    private final String type;
    private ChannelPort port;

    public CardReader(String type, AtEnd atEnd) {
        super(1);
        this.type = type;
        this.atEnd = atEnd;
    }

    /**
     * Puts cards in the hopper (a null card is unreadable: unit check, data check). A reader that
     * was empty becomes ready and presents device end. Call on the CPU's thread.
     */
    public void load(List<byte[]> cards) {
        boolean wasEmpty = hopper.isEmpty();
        hopper.addAll(cards.stream().map(c -> c == null ? new byte[0] : c).toList());
        if (wasEmpty && !hopper.isEmpty() && port != null) {
            port.unsolicited(UnitStatus.DEVICE_END);
        }
    }

    @Override
    public void connect(ChannelPort port) {
        this.port = port;
    }

    /** Cards left in the hopper. */
    public int cardsLeft() {
        return hopper.size();
    }

    @Override
    protected UnitStatus command(Ccw ccw, ChannelPort port) {
        int command = ccw.command();
        if ((command & 0x03) == 0x02 && (command & 0x3C) == 0) {
            return read(port);
        }
        if (command == NO_OPERATION) {
            return UnitStatus.END;
        }
        if ((command & 0x03) == 0x03 && (command & 0x1C) == 0) {
            if (hopper.isEmpty()) {
                return empty();
            }
            hopper.poll();
            return UnitStatus.END;
        }
        return reject();
    }

    private UnitStatus read(ChannelPort port) {
        if (hopper.isEmpty()) {
            return empty();
        }
        byte[] card = hopper.poll();
        if (card.length != CardDeck.CARD) {
            return unitCheck(DATA_CHECK, 0);
        }
        port.write(card, 0, card.length);
        port.end(UnitStatus.END);
        return UnitStatus.NONE;
    }

    private UnitStatus empty() {
        return atEnd == AtEnd.UNIT_EXCEPTION ? UnitStatus.EXCEPTION : unitCheck(INTERVENTION_REQUIRED, 0);
    }

    @Override
    public String describe() {
        return type + " card reader, " + hopper.size() + " cards";
    }
}
