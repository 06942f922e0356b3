package vm370.directory.statement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vm370.directory.DirectoryError;
import vm370.directory.DirectoryErrorKind;
import vm370.directory.PasswordHasher;
import vm370.directory.model.DeviceAddress;
import vm370.directory.model.Secret;

/**
 * Walks the operands of one statement, checking each as it is taken. The first bad operand is
 * reported to the error list and ends the statement: {@link #failed()} then stays true.
 */
final class Operands {

    private final SourceStatement statement;
    private final List<DirectoryError> errors;
    private int next = 1;
    private boolean failed;

    Operands(SourceStatement statement, List<DirectoryError> errors) {
        this.statement = statement;
        this.errors = errors;
    }

    boolean failed() {
        return failed;
    }

    boolean hasNext() {
        return !failed && next < statement.size();
    }

    /** The next operand in upper case without taking it, or "" at the end. */
    String peek() {
        return hasNext() ? statement.upper(next) : "";
    }

    int position() {
        return next;
    }

    SourceStatement statement() {
        return statement;
    }

    /** Takes the next operand, upper case; reports it missing (naming {@code what}) and returns "" at the end. */
    String required(String what) {
        if (failed) {
            return "";
        }
        if (next >= statement.size()) {
            fail(DirectoryErrorKind.MISSING_OPERAND, statement.verb() + " " + what);
            return "";
        }
        return statement.upper(next++);
    }

    /** Takes the next operand as written (case kept). */
    String requiredRaw(String what) {
        String upper = required(what);
        return failed ? upper : statement.raw(next - 1);
    }

    Optional<String> optional() {
        return hasNext() ? Optional.of(statement.upper(next++)) : Optional.empty();
    }

    void skipRest() {
        next = statement.size();
    }

    /** Reports operands left over. */
    void end() {
        if (hasNext()) {
            fail(DirectoryErrorKind.TOO_MANY_OPERANDS, statement.raw(next));
        }
    }

    void fail(DirectoryErrorKind kind, String detail) {
        if (!failed) {
            errors.add(new DirectoryError(statement.line(), kind, detail));
            failed = true;
        }
    }

    /** Checks a taken operand; reports it invalid unless {@code valid}. Returns {@code valid}. */
    boolean check(boolean valid, String operand) {
        if (!valid && !failed) {
            fail(DirectoryErrorKind.INVALID_OPERAND, operand);
        }
        return valid && !failed;
    }

    int address(String what) {
        String text = required(what);
        int address = failed ? -1 : DeviceAddress.parse(text);
        check(address >= 0, text);
        return address;
    }

    /** A decimal count such as a cylinder number: digits only, within {@code min..max}. */
    int number(String what, int min, int max) {
        String text = required(what);
        int value = decimal(text);
        check(value >= min && value <= max, text);
        return value;
    }

    /** A userid or other name: 1 to 8 of A-Z 0-9 @ # $ _ -. */
    String name(String what) {
        String text = required(what);
        check(isName(text, 8), text);
        return text;
    }

    /** A password operand: a keyword from {@code keywords}, a stored hash, or 1 to 8 characters of clear text. */
    Secret secret(String what, List<Secret.Keyword> keywords) {
        String raw = requiredRaw(what);
        if (failed) {
            return Secret.Keyword.NOLOG;
        }
        String upper = raw.toUpperCase(Locale.ROOT);
        for (Secret.Keyword keyword : keywords) {
            if (keyword.name().equals(upper)) {
                return keyword;
            }
        }
        if (PasswordHasher.isWellFormed(raw)) {
            return new Secret.Hashed(raw);
        }
        check(upper.length() <= 8, raw);
        return new Secret.Clear(upper);
    }

    static boolean isName(String text, int maxLength) {
        if (text.isEmpty() || text.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "@#$_-".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A non-negative decimal of at most 9 digits, or -1. */
    static int decimal(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
