package vm370.cms.rexx;

/**
 * Checks and converts the arguments of a built-in function; every failure is error 40
 * (Incorrect call to routine) naming the function and the argument, as Regina and CMS report it.
 */
final class Arguments {

    private final String function;
    private final String[] values;
    private final Activation activation;

    Arguments(String function, String[] values, Activation activation, int min, int max) {
        this.function = function;
        this.values = values;
        this.activation = activation;
        if (values.length > max) {
            throw fail("too many arguments (maximum " + max + ")");
        }
        for (int i = 0; i < min; i++) {
            if (i >= values.length || values[i] == null) {
                throw fail("argument " + (i + 1) + " is required");
            }
        }
    }

    RexxError fail(String detail) {
        return new RexxError(40, "Incorrect call to routine " + function + ": " + detail);
    }

    int count() {
        return values.length;
    }

    boolean has(int i) {
        return i < values.length && values[i] != null;
    }

    String string(int i) {
        return values[i];
    }

    String string(int i, String otherwise) {
        return has(i) ? values[i] : otherwise;
    }

    int whole(int i) {
        String s = values[i];
        long small = Arithmetic.small(s);
        if (small != Arithmetic.NOT_SMALL) {
            return (int) small;
        }
        try {
            return Arithmetic.wholeNumber(s, activation.numeric, 40);
        } catch (RexxError e) {
            throw fail("argument " + (i + 1) + " must be a whole number; found \"" + s + "\"");
        }
    }

    int whole(int i, int otherwise) {
        return has(i) ? whole(i) : otherwise;
    }

    int nonNegative(int i, int otherwise) {
        if (!has(i)) {
            return otherwise;
        }
        int v = whole(i);
        if (v < 0) {
            throw fail("argument " + (i + 1) + " must be zero or positive; found \"" + values[i] + "\"");
        }
        return v;
    }

    int positive(int i, int otherwise) {
        if (!has(i)) {
            return otherwise;
        }
        int v = whole(i);
        if (v <= 0) {
            throw fail("argument " + (i + 1) + " must be positive; found \"" + values[i] + "\"");
        }
        return v;
    }

    char pad(int i) {
        if (!has(i)) {
            return ' ';
        }
        if (values[i].length() != 1) {
            throw fail("argument " + (i + 1) + " must be a single character; found \"" + values[i] + "\"");
        }
        return values[i].charAt(0);
    }

    /** An option letter: the first character, upper-cased, checked against {@code allowed}. */
    char option(int i, char otherwise, String allowed) {
        if (!has(i)) {
            return otherwise;
        }
        if (values[i].isEmpty()) {
            throw fail("argument " + (i + 1) + " must not be null");
        }
        char c = Character.toUpperCase(values[i].charAt(0));
        if (allowed.indexOf(c) < 0) {
            throw fail("argument " + (i + 1) + " must start with one of \"" + allowed + "\"; found \"" + values[i] + "\"");
        }
        return c;
    }

    String number(int i) {
        String s = values[i];
        if (!Arithmetic.isNumber(s)) {
            throw fail("argument " + (i + 1) + " must be a number; found \"" + s + "\"");
        }
        return s;
    }
}
