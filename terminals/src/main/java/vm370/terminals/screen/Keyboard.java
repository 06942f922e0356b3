package vm370.terminals.screen;

import vm370.s370.text.Ebcdic;
import vm370.terminals.datastream.Aid;
import vm370.terminals.datastream.FieldAttribute;
import vm370.terminals.datastream.InboundRecord;
import vm370.terminals.datastream.OrderCode;

/**
 * The operator's keys on a {@link Screen}: typing with protection, numeric and insert-mode
 * checks, cursor movement, tab and back-tab, erase EOF and erase input, and the AID keys that
 * lock the keyboard and produce an inbound record. Used by the emulator and the load generator.
 */
public final class Keyboard {

    /** What became of a key: accepted, or the reason the terminal inhibited it. */
    public enum Outcome {
        ACCEPTED, LOCKED, PROTECTED, NUMERIC, OVERFLOW
    }

    private final Screen screen;
    private final Ebcdic codePage;
    private boolean insertMode;

    public Keyboard(Screen screen, Ebcdic codePage) {
        this.screen = screen;
        this.codePage = codePage;
    }

    /** The screen these keys act on. */
    public Screen screen() {
        return screen;
    }

    public boolean isInsertMode() {
        return insertMode;
    }

    public void toggleInsertMode() {
        insertMode = !insertMode;
    }

    /** Types one character at the cursor. */
    public Outcome type(char c) {
        if (screen.isKeyboardLocked()) {
            return Outcome.LOCKED;
        }
        int address = screen.cursor();
        if (screen.isProtectedAt(address)) {
            return Outcome.PROTECTED;
        }
        int attribute = screen.fieldAttributeFor(address);
        if (attribute >= 0 && FieldAttribute.isNumeric(attribute) && !(Character.isDigit(c) || c == '.' || c == '-')) {
            return Outcome.NUMERIC;
        }
        int ebcdic = codePage.toByte(c, (byte) 0x6F) & 0xFF;
        if (ebcdic < 0x40 || OrderCode.ofByte(ebcdic) != null) {
            ebcdic = 0x6F;
        }
        if (insertMode && !shiftRight(address)) {
            return Outcome.OVERFLOW;
        }
        screen.putCharacter(address, ebcdic);
        screen.setModified(address);
        int next = screen.next(address);
        if (screen.isFieldAttribute(next)) {
            int skipTo = FieldAttribute.isProtected(screen.fieldAttributeFor(next)) ? screen.nextUnprotectedStart(next) : screen.next(next);
            next = skipTo < 0 ? next : skipTo;
        }
        screen.setCursor(next);
        return Outcome.ACCEPTED;
    }

    /** Types a string, stopping at the first key the terminal inhibits. */
    public Outcome type(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            Outcome o = type(text.charAt(i));
            if (o != Outcome.ACCEPTED) {
                return o;
            }
        }
        return Outcome.ACCEPTED;
    }

    /** Makes room at {@code address} when the field's last position holds a null. */
    private boolean shiftRight(int address) {
        int end = fieldEnd(address);
        if (screen.charAt(end) != 0) {
            return false;
        }
        for (int a = end; a != address; ) {
            int p = screen.previous(a);
            screen.putCharacter(a, screen.charAt(p));
            a = p;
        }
        return true;
    }

    /** The last character address of the field holding {@code address} (end of buffer when unformatted). */
    private int fieldEnd(int address) {
        if (!screen.isFormatted()) {
            return screen.size() - 1;
        }
        int a = address;
        while (!screen.isFieldAttribute(screen.next(a))) {
            a = screen.next(a);
        }
        return a;
    }

    public void tab() {
        int target = screen.nextUnprotectedStart(screen.previous(screen.cursor()));
        screen.setCursor(target < 0 ? 0 : target);
    }

    public void backTab() {
        int cursor = screen.cursor();
        int a = screen.previous(cursor);
        for (int i = 0; i < screen.size(); i++, a = screen.previous(a)) {
            int start = screen.next(a);
            if (screen.isFieldAttribute(a) && !FieldAttribute.isProtected(screen.fieldAttributeFor(a))
                    && start != cursor && !screen.isFieldAttribute(start)) {
                screen.setCursor(start);
                return;
            }
        }
        screen.setCursor(screen.isFormatted() ? cursor : 0);
    }

    public void home() {
        int target = screen.nextUnprotectedStart(screen.size() - 1);
        screen.setCursor(target < 0 ? 0 : target);
    }

    public void newLine() {
        int columns = screen.columns();
        int start = (screen.cursor() / columns + 1) * columns % screen.size();
        screen.setCursor(start);
        if (screen.isProtectedAt(start)) {
            tab();
        }
    }

    public void left() {
        screen.setCursor(screen.cursor() - 1);
    }

    public void right() {
        screen.setCursor(screen.cursor() + 1);
    }

    public void up() {
        screen.setCursor(screen.cursor() - screen.columns());
    }

    public void down() {
        screen.setCursor(screen.cursor() + screen.columns());
    }

    /** Nulls the rest of the field from the cursor. */
    public Outcome eraseEndOfField() {
        Outcome check = editable();
        if (check != Outcome.ACCEPTED) {
            return check;
        }
        int end = fieldEnd(screen.cursor());
        for (int a = screen.cursor(); ; a = screen.next(a)) {
            screen.putCharacter(a, 0);
            if (a == end) {
                break;
            }
        }
        screen.setModified(screen.cursor());
        return Outcome.ACCEPTED;
    }

    /** Nulls every unprotected field and puts the cursor in the first. */
    public Outcome eraseInput() {
        if (screen.isKeyboardLocked()) {
            return Outcome.LOCKED;
        }
        for (Field field : screen.fields()) {
            if (!field.isProtected()) {
                for (int i = 0, a = field.start(); i < field.length(); i++, a = screen.next(a)) {
                    screen.putCharacter(a, 0);
                }
            }
        }
        home();
        return Outcome.ACCEPTED;
    }

    /** Deletes the character at the cursor, closing the gap within the field. */
    public Outcome delete() {
        Outcome check = editable();
        if (check != Outcome.ACCEPTED) {
            return check;
        }
        int end = fieldEnd(screen.cursor());
        for (int a = screen.cursor(); a != end; a = screen.next(a)) {
            screen.putCharacter(a, screen.charAt(screen.next(a)));
        }
        screen.putCharacter(end, 0);
        screen.setModified(screen.cursor());
        return Outcome.ACCEPTED;
    }

    /** Moves left and deletes there (the emulator's backspace). */
    public Outcome erase() {
        int before = screen.cursor();
        left();
        Outcome o = delete();
        if (o != Outcome.ACCEPTED) {
            screen.setCursor(before);
        }
        return o;
    }

    private Outcome editable() {
        if (screen.isKeyboardLocked()) {
            return Outcome.LOCKED;
        }
        return screen.isProtectedAt(screen.cursor()) ? Outcome.PROTECTED : Outcome.ACCEPTED;
    }

    /**
     * Presses an AID key: the record to send, or null when the keyboard is locked. The keyboard
     * locks until the host restores it; CLEAR also erases the screen to its default size.
     */
    public InboundRecord press(Aid aid) {
        if (screen.isKeyboardLocked()) {
            return null;
        }
        InboundRecord record = screen.readModified(aid, false);
        screen.setKeyboardLocked(true);
        insertMode = false;
        if (aid == Aid.CLEAR) {
            screen.erase(false);
        }
        return record;
    }
}
