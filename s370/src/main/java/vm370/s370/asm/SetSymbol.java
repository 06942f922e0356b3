package vm370.s370.asm;

import java.util.Arrays;

/**
 * A SET symbol (SETA arithmetic, SETB binary, SETC character), scalar or subscripted; subscripted
 * ones grow as elements are assigned. Values are Long, Boolean or String by type.
 */
final class SetSymbol {

    final char type;
    final boolean subscripted;
    private Object[] values;
    private int highest;

    SetSymbol(char type, boolean subscripted) {
        this.type = type;
        this.subscripted = subscripted;
        this.values = new Object[subscripted ? 8 : 1];
    }

    Object initial() {
        return switch (type) {
            case 'A' -> 0L;
            case 'B' -> Boolean.FALSE;
            default -> "";
        };
    }

    Object get(int subscript) {
        int i = subscripted ? subscript : 0;
        if (i < 0 || i >= values.length || values[i] == null) {
            return initial();
        }
        return values[i];
    }

    void set(int subscript, Object value) {
        int i = subscripted ? subscript : 0;
        if (i < 0 || subscripted && i < 1 || i > 65535) {
            throw new SourceError(Message.INVALID_VARIABLE, "subscript " + subscript);
        }
        if (i >= values.length) {
            values = Arrays.copyOf(values, Math.max(i + 1, values.length * 2));
        }
        values[i] = value;
        highest = Math.max(highest, i);
    }

    /** N': the highest subscript assigned. */
    int count() {
        return highest;
    }
}
