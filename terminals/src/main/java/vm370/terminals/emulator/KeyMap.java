package vm370.terminals.emulator;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import vm370.terminals.datastream.Aid;
import vm370.terminals.emulator.EmulatorKey.EditKey;

/**
 * The emulator's keyboard layout on a PC keyboard: F1-F12 are PF1-PF12 and shifted PF13-PF24
 * (terminals that send F13-F19 get PF13-PF19), Esc or Ctrl-C is CLEAR, PgUp/PgDn or Ctrl-A/Ctrl-B
 * are PA1/PA2, End or Ctrl-E is ERASE EOF, Ctrl-U ERASE INPUT, Ctrl-N NEWLINE, Ctrl-R RESET,
 * Ctrl-Q quits. {@link #HELP}, the emulator's help line, names the main ones in 80 columns.
 */
final class KeyMap {

    /** The help line shown under the status line. */
    public static final String HELP =
            "F1-12 PF1-12 +Shift PF13-24 Esc CLEAR PgUp PA1 PgDn PA2 End EOF Ins INS ^Q QUIT";

    private KeyMap() {
    }

    /** The meaning of a key stroke, or null for keys the 3270 has no use for. */
    public static EmulatorKey map(KeyStroke k) {
        KeyType type = k.getKeyType();
        return switch (type) {
            case Character -> character(k);
            case Enter -> new EmulatorKey.AidKey(Aid.ENTER);
            case Escape -> new EmulatorKey.AidKey(Aid.CLEAR);
            case PageUp -> new EmulatorKey.AidKey(Aid.PA1);
            case PageDown -> new EmulatorKey.AidKey(Aid.PA2);
            case Tab -> new EmulatorKey.Edit(EditKey.TAB);
            case ReverseTab -> new EmulatorKey.Edit(EditKey.BACK_TAB);
            case Home -> new EmulatorKey.Edit(EditKey.HOME);
            case End -> new EmulatorKey.Edit(EditKey.ERASE_EOF);
            case ArrowLeft -> new EmulatorKey.Edit(EditKey.LEFT);
            case ArrowRight -> new EmulatorKey.Edit(EditKey.RIGHT);
            case ArrowUp -> new EmulatorKey.Edit(EditKey.UP);
            case ArrowDown -> new EmulatorKey.Edit(EditKey.DOWN);
            case Backspace -> new EmulatorKey.Edit(EditKey.BACKSPACE);
            case Delete -> new EmulatorKey.Edit(EditKey.DELETE);
            case Insert -> new EmulatorKey.Edit(EditKey.INSERT);
            case EOF -> new EmulatorKey.Quit();
            case F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12 ->
                new EmulatorKey.AidKey(Aid.pf(type.ordinal() - KeyType.F1.ordinal() + 1 + (k.isShiftDown() ? 12 : 0)));
            case F13, F14, F15, F16, F17, F18, F19 ->
                new EmulatorKey.AidKey(Aid.pf(type.ordinal() - KeyType.F13.ordinal() + 13));
            default -> null;
        };
    }

    private static EmulatorKey character(KeyStroke k) {
        char c = k.getCharacter();
        if (k.isCtrlDown()) {
            return switch (Character.toLowerCase(c)) {
                case 'q' -> new EmulatorKey.Quit();
                case 'r' -> new EmulatorKey.Edit(EditKey.RESET);
                case 'e' -> new EmulatorKey.Edit(EditKey.ERASE_EOF);
                case 'u' -> new EmulatorKey.Edit(EditKey.ERASE_INPUT);
                case 'n' -> new EmulatorKey.Edit(EditKey.NEW_LINE);
                case 'a' -> new EmulatorKey.AidKey(Aid.PA1);
                case 'b' -> new EmulatorKey.AidKey(Aid.PA2);
                case 'c' -> new EmulatorKey.AidKey(Aid.CLEAR);
                default -> null;
            };
        }
        return new EmulatorKey.Type(c);
    }
}
