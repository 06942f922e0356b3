package vm370.cms.xedit;

/**
 * Where things are on an XEDIT screen of a given size for the current file's settings: the ID,
 * message, command and status rows, the file area, the current line's row, and the columns of
 * the prefix and text fields (PREFIX ON LEFT: prefix in columns 1-5, text from column 7).
 */
record ScreenLayout(int rows, int columns, int commandRow, int messageRow, int firstFileRow, int lastFileRow,
        int currentRow, int prefixColumn, int textColumn, int textWidth) {

    static final int PREFIX_WIDTH = 5;

    static ScreenLayout of(int rows, int columns, FileSettings s) {
        String cmd = s.cmdline;
        int commandRow = cmd.equals("OFF") ? -1 : cmd.equals("TOP") ? 1 : rows - 2;
        int messageRow = cmd.equals("TOP") ? 2 : 1;
        int first = messageRow + 1;
        int last = cmd.equals("BOTTOM") ? rows - 3 : rows - 2;
        int current = switch (s.curline.charAt(0)) {
            case 'M' -> rows / 2 - 1 + (s.curline.length() > 1 ? Integer.parseInt(s.curline.substring(1).replace("+", "")) : 0);
            default -> Integer.parseInt(s.curline) - 1;
        };
        current = Math.max(first, Math.min(current, last - (s.scale ? 1 : 0)));
        boolean prefix = !s.prefix.equals("OFF");
        int prefixColumn;
        int textColumn;
        int textWidth;
        if (!prefix) {
            prefixColumn = -1;
            textColumn = 1;
            textWidth = columns - 2;
        } else if (s.prefixRight) {
            textColumn = 1;
            textWidth = columns - PREFIX_WIDTH - 3;
            prefixColumn = textColumn + textWidth + 1;
        } else {
            prefixColumn = 1;
            textColumn = PREFIX_WIDTH + 2;
            textWidth = columns - textColumn - 1;
        }
        return new ScreenLayout(rows, columns, commandRow, messageRow, first, last, current, prefixColumn, textColumn,
                textWidth);
    }

    int statusRow() {
        return rows - 1;
    }

    /** Rows of the file area (FORWARD pages by about this much). */
    int fileRows() {
        return lastFileRow - firstFileRow + 1;
    }
}
