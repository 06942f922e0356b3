package vm370.s370.asm;

/**
 * A value of conditional assembly (HLASM Language Reference, "SET symbols"): arithmetic, binary or
 * character, as SETA, SETB and SETC assign them. Each kind converts to the others where the
 * language lets it: characters become a number only when they are a self-defining term.
 */
sealed interface SetValue {

    SetValue.Binary TRUE = new Binary(true);
    SetValue.Binary FALSE = new Binary(false);

    /** A SETA value: a number. */
    record Arithmetic(long value) implements SetValue {
    }

    /** A SETB value: 1 or 0. */
    record Binary(boolean value) implements SetValue {
    }

    /** A SETC value: a character string. */
    record Characters(String value) implements SetValue {
    }

    /** The binary value for {@code value}, without allocating. */
    static SetValue.Binary of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** The value as a number: binary is 1 or 0, characters must be a self-defining term. */
    default long number() {
        return switch (this) {
            case Arithmetic a -> a.value();
            case Binary b -> b.value() ? 1 : 0;
            case Characters c -> selfDefining(c.value());
        };
    }

    /** The value as a condition: anything but zero is true. */
    default boolean bool() {
        return switch (this) {
            case Binary b -> b.value();
            case Arithmetic a -> a.value() != 0;
            case Characters c -> selfDefining(c.value()) != 0;
        };
    }

    /** The value as substituted into text: a number in decimal, binary as 1 or 0. */
    default String text() {
        return switch (this) {
            case Arithmetic a -> Long.toString(a.value());
            case Binary b -> b.value() ? "1" : "0";
            case Characters c -> c.value();
        };
    }

    /** Characters as a number: decimal digits, or a self-defining term such as X'F0'; empty is 0. */
    static long selfDefining(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        boolean digits = s.chars().allMatch(Character::isDigit);
        if (digits && s.length() <= 10) {
            return Long.parseLong(s);
        }
        if (s.length() > 3 && s.charAt(1) == '\'' && s.endsWith("'")) {
            return Expression.selfDefiningValue(Character.toUpperCase(s.charAt(0)), s.substring(2, s.length() - 1), s);
        }
        throw new SourceError(Message.NOT_ABSOLUTE, s);
    }
}
