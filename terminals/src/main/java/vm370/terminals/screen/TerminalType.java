package vm370.terminals.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vm370.terminals.datastream.Color;
import vm370.terminals.datastream.Highlight;
import vm370.terminals.datastream.StructuredField;
import vm370.terminals.datastream.StructuredField.QueryReply;

/**
 * A 3270 display's type: the terminal-type name it reported (IBM-3278-2-E), model, default
 * and alternate screen sizes, and whether it takes the extended data stream and colors.
 * Models 2-5 have a 24×80 default and 24×80, 32×80, 43×80 or 27×132 alternate screens.
 */
public record TerminalType(String name, int model, int rows, int columns, int alternateRows,
                           int alternateColumns, boolean extended, boolean color) {

    private static final Pattern IBM_3270 = Pattern.compile("IBM-327([89])-([2-5])(-E)?", Pattern.CASE_INSENSITIVE);
    private static final int[][] ALTERNATE = {{24, 80}, {32, 80}, {43, 80}, {27, 132}};

    public TerminalType {
        if (rows < 1 || columns < 1 || alternateRows < 1 || alternateColumns < 1
                || (long) alternateRows * alternateColumns > 16384 || (long) rows * columns > 16384) {
            throw new IllegalArgumentException("screen size: " + rows + "x" + columns + ", " + alternateRows + "x"
                    + alternateColumns + " (expected: at most 16384 cells)");
        }
    }

    /** The usual type of a model: 3279 (color) or 3278, with or without the extended data stream. */
    public static TerminalType of(int model, boolean color, boolean extended) {
        if (model < 2 || model > 5) {
            throw new IllegalArgumentException("model: " + model + " (expected: 2-5)");
        }
        int[] alternate = ALTERNATE[model - 2];
        String name = "IBM-" + (color ? "3279" : "3278") + "-" + model + (extended ? "-E" : "");
        return new TerminalType(name, model, 24, 80, alternate[0], alternate[1], extended, color);
    }

    /** True when a terminal-type string names a 3270 display (else the client is a line terminal). */
    public static boolean isDisplay(String terminalType) {
        String t = terminalType.toUpperCase();
        return t.startsWith("IBM-327") && !t.startsWith("IBM-3287") || t.equals("IBM-DYNAMIC");
    }

    /** The type a client named; IBM-DYNAMIC and unknown models start as model 2 until a query says more. */
    public static TerminalType parse(String terminalType) {
        Matcher m = IBM_3270.matcher(terminalType);
        if (m.matches()) {
            TerminalType t = of(Integer.parseInt(m.group(2)), m.group(1).equals("9"), m.group(3) != null);
            return t.withName(terminalType);
        }
        boolean dynamic = terminalType.equalsIgnoreCase("IBM-DYNAMIC");
        return of(2, dynamic, dynamic || terminalType.toUpperCase().endsWith("-E")).withName(terminalType);
    }

    public int size() {
        return rows * columns;
    }

    public int alternateSize() {
        return alternateRows * alternateColumns;
    }

    /** The largest of the two screens: the buffer a screen must hold. */
    public int bufferCapacity() {
        return Math.max(size(), alternateSize());
    }

    public TerminalType withName(String newName) {
        return new TerminalType(newName, model, rows, columns, alternateRows, alternateColumns, extended, color);
    }

    /** This type corrected by what the terminal answered to a Read Partition Query. */
    public TerminalType withQueryReplies(List<QueryReply> replies) {
        TerminalType t = this;
        boolean colors = false;
        for (QueryReply reply : replies) {
            switch (reply) {
                case StructuredField.ImplicitPartition p -> t = new TerminalType(name, modelOf(p.alternateRows(), p.alternateColumns()),
                        p.defaultRows(), p.defaultColumns(), p.alternateRows(), p.alternateColumns(), true, t.color);
                case StructuredField.Colors c -> colors = c.colors().size() > 1;
                case StructuredField.Summary s -> {
                }
                case StructuredField.UsableArea u -> {
                }
                case StructuredField.Highlights h -> {
                }
                case StructuredField.ReplyModes m -> {
                }
                case StructuredField.OtherReply o -> {
                }
            }
        }
        return new TerminalType(t.name, t.model, t.rows, t.columns, t.alternateRows, t.alternateColumns, true, colors);
    }

    private static int modelOf(int rows, int columns) {
        for (int i = 0; i < ALTERNATE.length; i++) {
            if (ALTERNATE[i][0] == rows && ALTERNATE[i][1] == columns) {
                return i + 2;
            }
        }
        return 2;
    }

    /** What a terminal of this type answers to a Read Partition Query. */
    public List<QueryReply> queryReplies() {
        List<QueryReply> replies = new ArrayList<>();
        List<Integer> codes = new ArrayList<>(List.of(StructuredField.SUMMARY, StructuredField.USABLE_AREA));
        if (color) {
            codes.add(StructuredField.COLOR);
        }
        codes.addAll(List.of(StructuredField.HIGHLIGHTING, StructuredField.REPLY_MODES, StructuredField.IMPLICIT_PARTITION));
        replies.add(new StructuredField.Summary(codes));
        replies.add(new StructuredField.UsableArea(0x01, alternateColumns, alternateRows, 9, 12, alternateSize()));
        if (color) {
            replies.add(new StructuredField.Colors(List.of(Color.BLUE, Color.RED, Color.PINK, Color.GREEN,
                    Color.TURQUOISE, Color.YELLOW, Color.WHITE)));
        }
        replies.add(new StructuredField.Highlights(List.of(Highlight.NORMAL, Highlight.BLINK, Highlight.REVERSE,
                Highlight.UNDERSCORE, Highlight.INTENSIFY)));
        replies.add(new StructuredField.ReplyModes(List.of(0, 1, 2)));
        replies.add(new StructuredField.ImplicitPartition(columns, rows, alternateColumns, alternateRows));
        return replies;
    }
}
