package vm370.s370.asm;

import java.util.Arrays;

/**
 * A SET symbol (SETA arithmetic, SETB binary, SETC character), scalar or subscripted; subscripted
 * ones grow as elements are assigned; each value is of the symbol's kind.
 */
final class SetSymbol {

    private static final SetValue ZERO = new SetValue.Arithmetic(0);
    private static final SetValue EMPTY = new SetValue.Characters("");

    final char type;
    final boolean subscripted;
    private SetValue[] values;
    private int highest;

    SetSymbol(char type, boolean subscripted) {
        this.type = type;
        this.subscripted = subscripted;
        this.values = new SetValue[subscripted ? 8 : 1];
    }

    SetValue initial() {
        return switch (type) {
            case 'A' -> ZERO;
            case 'B' -> SetValue.FALSE;
            default -> EMPTY;
        };
    }

    SetValue get(int subscript) {
        int i = subscripted ? subscript : 0;
        if (i < 0 || i >= values.length || values[i] == null) {
            return initial();
        }
        return values[i];
    }

    void set(int subscript, SetValue value) {
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
