package vm370.terminals.bench;

import vm370.s370.text.Ebcdic;
import vm370.terminals.Display3270Terminal;
import vm370.terminals.DisplayInput;
import vm370.terminals.LineInput;
import vm370.terminals.LineTerminal;
import vm370.terminals.Terminal;
import vm370.terminals.TerminalHandler;
import vm370.terminals.datastream.Aid;
import vm370.terminals.datastream.Color;
import vm370.terminals.datastream.Command;
import vm370.terminals.datastream.FieldAttribute;
import vm370.terminals.datastream.Highlight;
import vm370.terminals.datastream.OutboundRecord;
import vm370.terminals.datastream.Wcc;
import vm370.terminals.datastream.WriteBuilder;
import vm370.terminals.screen.Field;
import vm370.terminals.screen.Screen;

/**
 * The benchmark's and the demo's host application (not CP's logon): a full screen with a text
 * field and a hidden field that echoes what was typed and which key was pressed, on the alternate
 * (largest) screen. PF3 ends the session. Line-mode terminals get the same echo line by line.
 */
public final class EchoApplication implements TerminalHandler {

    /** Row and column of the text field's first character. */
    public static final int INPUT_ROW = 2;
    public static final int INPUT_COLUMN = 13;
    public static final int INPUT_LENGTH = 40;

    @Override
    public void serve(Terminal terminal) throws InterruptedException {
        switch (terminal) {
            case Display3270Terminal display -> serve(display);
            case LineTerminal line -> serve(line);
        }
    }

    private void serve(Display3270Terminal display) throws InterruptedException {
        String typed = "";
        String secret = "";
        String key = "NONE";
        for (long count = 0; ; count++) {
            if (!display.write(screen(display, typed, secret.length(), key, count))) {
                return;
            }
            DisplayInput input = display.read();
            switch (input) {
                case DisplayInput.Attention a -> {
                    if (a.aid() == Aid.PF3) {
                        return;
                    }
                    key = a.aid().name();
                    Screen mirror = display.screen();
                    Field text = mirror.fieldAt(mirror.address(INPUT_ROW, INPUT_COLUMN));
                    Field hidden = mirror.fieldAt(mirror.address(INPUT_ROW + 1, INPUT_COLUMN));
                    typed = text == null || a.aid() == Aid.CLEAR ? "" : mirror.fieldText(text, Ebcdic.CP037).strip();
                    secret = hidden == null || a.aid() == Aid.CLEAR ? "" : mirror.fieldText(hidden, Ebcdic.CP037).strip();
                }
                case DisplayInput.Disconnected d -> {
                    return;
                }
                case DisplayInput.TimedOut t -> {
                }
            }
        }
    }

    private static OutboundRecord screen(Display3270Terminal display, String typed, int secretLength, String key, long count) {
        int rows = display.type().alternateRows();
        int columns = display.type().alternateColumns();
        WriteBuilder b = new WriteBuilder(Command.ERASE_WRITE_ALTERNATE, Wcc.RESTORE, columns, Ebcdic.CP037)
                .at(0, 0).field(FieldAttribute.PROTECTED_INTENSIFIED, Color.WHITE, Highlight.DEFAULT).text("VM/370 TERMINAL ECHO")
                .at(INPUT_ROW, 0).field(FieldAttribute.PROTECTED).text("TEXT:")
                .at(INPUT_ROW, INPUT_COLUMN - 1).field(FieldAttribute.UNPROTECTED, Color.GREEN, Highlight.UNDERSCORE).insertCursor()
                .at(INPUT_ROW, INPUT_COLUMN + INPUT_LENGTH).field(FieldAttribute.AUTOSKIP)
                .at(INPUT_ROW + 1, 0).field(FieldAttribute.PROTECTED).text("HIDDEN:")
                .at(INPUT_ROW + 1, INPUT_COLUMN - 1).field(FieldAttribute.UNPROTECTED_HIDDEN)
                .at(INPUT_ROW + 1, INPUT_COLUMN + 8).field(FieldAttribute.AUTOSKIP)
                .at(5, 0).field(FieldAttribute.PROTECTED).text("YOU TYPED: ")
                .field(FieldAttribute.PROTECTED_INTENSIFIED, Color.YELLOW, Highlight.DEFAULT).text(typed)
                .at(6, 0).field(FieldAttribute.PROTECTED).text("HIDDEN LENGTH: " + secretLength + "  KEY: " + key + "  SCREENS: " + count)
                .at(7, 0).field(FieldAttribute.PROTECTED).text("TERMINAL: " + display.name() + " " + display.type().name()
                        + " " + rows + "X" + columns + (display.isTn3270e() ? " TN3270E" : " TN3270"))
                .at(rows - 1, 0).field(FieldAttribute.PROTECTED, Color.TURQUOISE, Highlight.DEFAULT).text("PF3=END  CLEAR=ERASE");
        return b.build();
    }

    private void serve(LineTerminal line) throws InterruptedException {
        line.writeLine("VM/370 TERMINAL ECHO " + line.name() + " (" + line.terminalType() + "); TYPE END TO FINISH");
        while (true) {
            switch (line.read()) {
                case LineInput.Line l -> {
                    if (l.text().strip().equalsIgnoreCase("end")) {
                        line.writeLine("ENDED");
                        return;
                    }
                    line.writeLine("YOU TYPED: " + l.text());
                }
                case LineInput.Attention a -> line.writeLine("ATTENTION");
                case LineInput.Disconnected d -> {
                    return;
                }
                case LineInput.TimedOut t -> {
                }
            }
        }
    }
}
