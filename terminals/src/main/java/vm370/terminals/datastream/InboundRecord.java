package vm370.terminals.datastream;

import java.util.List;

/**
 * One record from terminal to host: what a key press or a host read sends.
 * @see GA23-0059, "Inbound Data Stream"
 */
public sealed interface InboundRecord {

    /** The AID that started the record. */
    Aid aid();

    /**
     * An AID with the cursor address and data: SBA + text per modified field (Read Modified),
     * or SF + text for the whole buffer (Read Buffer).
     */
    record Read(Aid aid, int cursor, List<Order> orders) implements InboundRecord {
        public Read {
            orders = List.copyOf(orders);
        }
    }

    /** CLEAR or a PA key: the AID alone. */
    record ShortRead(Aid aid) implements InboundRecord {
        public ShortRead {
            if (!aid.isShortRead()) {
                throw new IllegalArgumentException("short-read AID: " + aid + " (expected: CLEAR or PA1-PA3)");
            }
        }
    }

    /** AID X'88': structured fields, such as the replies to a Read Partition Query. */
    record StructuredFields(List<StructuredField> fields) implements InboundRecord {
        public StructuredFields {
            fields = List.copyOf(fields);
        }

        @Override
        public Aid aid() {
            return Aid.STRUCTURED_FIELD;
        }
    }
}
