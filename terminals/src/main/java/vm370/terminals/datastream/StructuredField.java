package vm370.terminals.datastream;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Structured fields of WSF (outbound) and of AID X'88' records (inbound): each goes on the wire
 * as length(2), identifier, data. @see GA23-0059, chapters 5 and 6
 */
public sealed interface StructuredField {

    /** Read Partition (SFID X'01'); type QUERY or QUERY_LIST with partition X'FF'. */
    record ReadPartition(int partition, int type) implements StructuredField {
        public static final int QUERY = 0x02;
        public static final int QUERY_LIST = 0x03;
    }

    /** Erase/Reset (SFID X'03'): clear the screen to the default or the alternate size. */
    record EraseReset(boolean alternate) implements StructuredField {
    }

    /** A structured field this side does not act on, kept so that it round-trips. */
    record Other(int id, byte[] data) implements StructuredField {
        public Other {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Other x && x.id == id && Arrays.equals(x.data, data);
        }

        @Override
        public int hashCode() {
            return id * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return String.format("Other[%02X %s]", id, HexFormat.of().formatHex(data));
        }
    }

    /** The query replies (SFID X'81' then the query code) a terminal answers a query with. */
    sealed interface QueryReply extends StructuredField {
    }

    /** Summary (X'80'): the query codes this terminal replies with. */
    record Summary(List<Integer> codes) implements QueryReply {
        public Summary {
            codes = List.copyOf(codes);
        }
    }

    /** Usable Area (X'81'): the largest screen; {@code flags} bit X'01' allows 12/14-bit addressing. */
    record UsableArea(int flags, int columns, int rows, int cellWidth, int cellHeight, int bufferSize)
            implements QueryReply {
    }

    /** Color (X'86'): the colors the terminal shows. */
    record Colors(List<Color> colors) implements QueryReply {
        public Colors {
            colors = List.copyOf(colors);
        }
    }

    /** Highlighting (X'87'): the highlights the terminal shows. */
    record Highlights(List<Highlight> highlights) implements QueryReply {
        public Highlights {
            highlights = List.copyOf(highlights);
        }
    }

    /** Reply Modes (X'88'): field, extended field and character modes. */
    record ReplyModes(List<Integer> modes) implements QueryReply {
        public ReplyModes {
            modes = List.copyOf(modes);
        }
    }

    /** Implicit Partition (X'A6'): the default and alternate screen sizes. */
    record ImplicitPartition(int defaultColumns, int defaultRows, int alternateColumns, int alternateRows)
            implements QueryReply {
    }

    /** A query reply this side does not interpret. */
    record OtherReply(int code, byte[] data) implements QueryReply {
        public OtherReply {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OtherReply x && x.code == code && Arrays.equals(x.data, data);
        }

        @Override
        public int hashCode() {
            return code * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return String.format("OtherReply[%02X %s]", code, HexFormat.of().formatHex(data));
        }
    }

    /** Query codes of the replies above. */
    int SUMMARY = 0x80;
    int USABLE_AREA = 0x81;
    int COLOR = 0x86;
    int HIGHLIGHTING = 0x87;
    int REPLY_MODES = 0x88;
    int IMPLICIT_PARTITION = 0xA6;
}
