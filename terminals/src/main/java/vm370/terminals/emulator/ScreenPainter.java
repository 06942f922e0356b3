package vm370.terminals.emulator;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import vm370.s370.text.Ebcdic;
import vm370.terminals.datastream.Color;
import vm370.terminals.datastream.FieldAttribute;
import vm370.terminals.datastream.Highlight;
import vm370.terminals.screen.Screen;

/**
 * Paints a 3270 {@link Screen} into a Lanterna screen: colors (the 3279's base colors when the
 * host sets none), intensified, reverse, underscore and blink, hidden fields blank; then the
 * operator information line and the help line below it.
 */
final class ScreenPainter {

    private final Ebcdic codePage;

    ScreenPainter(Ebcdic codePage) {
        this.codePage = codePage;
    }

    void paint(Screen screen, TerminalScreen target, String status, String help) {
        int rows = screen.rows();
        int columns = screen.columns();
        for (int row = 0; row < rows; row++) {
            int attribute = screen.fieldAttributeFor(row * columns);
            for (int column = 0; column < columns; column++) {
                int a = row * columns + column;
                if (screen.isFieldAttribute(a)) {
                    attribute = screen.fieldAttributeFor(a);
                    target.setCharacter(column, row, TextCharacter.fromCharacter(' ')[0]);
                    continue;
                }
                target.setCharacter(column, row, cell(screen, a, attribute));
            }
        }
        line(target, rows, columns, status, TextColor.ANSI.CYAN, SGR.REVERSE);
        line(target, rows + 1, columns, help, TextColor.ANSI.WHITE, null);
        int cursor = screen.cursor();
        target.setCursorPosition(new TerminalPosition(cursor % columns, cursor / columns));
    }

    private TextCharacter cell(Screen screen, int address, int attribute) {
        int c = screen.charAt(address);
        boolean hidden = attribute >= 0 && FieldAttribute.isHidden(attribute);
        char shown = c == 0 || hidden ? ' ' : printable(codePage.toChar(c));
        Highlight highlight = screen.highlightAt(address);
        TextColor foreground = color(screen.colorAt(address), attribute);
        SGR[] styles = switch (highlight) {
            case REVERSE -> new SGR[] {SGR.REVERSE};
            case UNDERSCORE -> new SGR[] {SGR.UNDERLINE};
            case BLINK -> new SGR[] {SGR.BLINK};
            case INTENSIFY -> new SGR[] {SGR.BOLD};
            case DEFAULT, NORMAL -> attribute >= 0 && FieldAttribute.isIntensified(attribute) ? new SGR[] {SGR.BOLD} : new SGR[0];
        };
        return TextCharacter.fromCharacter(shown, foreground, TextColor.ANSI.BLACK, styles)[0];
    }

    private static char printable(char c) {
        return c < 0x20 || c >= 0x7F && c < 0xA0 ? ' ' : c;
    }

    /** The host's color, or the base color a 3279 gives by protection and intensity. */
    static TextColor color(Color color, int attribute) {
        return switch (color) {
            case BLUE, DEEP_BLUE -> TextColor.ANSI.BLUE_BRIGHT;
            case RED, ORANGE -> TextColor.ANSI.RED_BRIGHT;
            case PINK, PURPLE -> TextColor.ANSI.MAGENTA_BRIGHT;
            case GREEN, PALE_GREEN -> TextColor.ANSI.GREEN_BRIGHT;
            case TURQUOISE, PALE_TURQUOISE -> TextColor.ANSI.CYAN_BRIGHT;
            case YELLOW -> TextColor.ANSI.YELLOW_BRIGHT;
            case WHITE, NEUTRAL_WHITE, NEUTRAL, GREY -> TextColor.ANSI.WHITE_BRIGHT;
            case BLACK -> TextColor.ANSI.BLACK;
            case DEFAULT -> attribute < 0 ? TextColor.ANSI.GREEN_BRIGHT
                    : FieldAttribute.isProtected(attribute)
                        ? (FieldAttribute.isIntensified(attribute) ? TextColor.ANSI.WHITE_BRIGHT : TextColor.ANSI.BLUE_BRIGHT)
                        : (FieldAttribute.isIntensified(attribute) ? TextColor.ANSI.RED_BRIGHT : TextColor.ANSI.GREEN_BRIGHT);
        };
    }

    private static void line(TerminalScreen target, int row, int columns, String text, TextColor color, SGR style) {
        for (int column = 0; column < columns; column++) {
            char c = column < text.length() ? text.charAt(column) : ' ';
            TextCharacter cell = style == null ? TextCharacter.fromCharacter(c, color, TextColor.ANSI.BLACK)[0]
                    : TextCharacter.fromCharacter(c, color, TextColor.ANSI.BLACK, style)[0];
            target.setCharacter(column, row, cell);
        }
    }
}
