package vm370.terminals.datastream;

import java.util.List;

/**
 * One record from host to terminal: a command and what goes with it. @see GA23-0059, chapter 3
 */
public sealed interface OutboundRecord {

    /** W, EW or EWA with its WCC and orders. */
    record Write(Command command, Wcc wcc, List<Order> orders) implements OutboundRecord {
        public Write {
            if (!command.isWrite()) {
                throw new IllegalArgumentException("write command: " + command + " (expected: W, EW or EWA)");
            }
            orders = List.copyOf(orders);
        }
    }

    /** RB, RM or RMA: the terminal answers with an inbound record. */
    record Read(Command command) implements OutboundRecord {
        public Read {
            if (!command.isRead()) {
                throw new IllegalArgumentException("read command: " + command + " (expected: RB, RM or RMA)");
            }
        }
    }

    /** EAU: null every unprotected field, reset MDTs, unlock the keyboard. */
    record EraseAllUnprotected() implements OutboundRecord {
    }

    /** WSF: structured fields such as Read Partition Query. */
    record WriteStructuredField(List<StructuredField> fields) implements OutboundRecord {
        public WriteStructuredField {
            fields = List.copyOf(fields);
        }
    }

    /** The Read Partition Query a host sends to learn the terminal's size and features. */
    static WriteStructuredField readPartitionQuery() {
        return new WriteStructuredField(List.of(new StructuredField.ReadPartition(0xFF, StructuredField.ReadPartition.QUERY)));
    }
}
