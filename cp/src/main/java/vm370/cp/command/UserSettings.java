package vm370.cp.command;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one logged-on user set with CP's SET command: whether messages and warnings are received,
 * how error and informational messages show, RUN, and the program function keys. Guarded by
 * {@code this}: the user's own machine sets them, other users' MSG and WNG read them.
 */
final class UserSettings {

    /** SET EMSG: how CP and CMS show an error message (TEXT at logon, as VM/370). */
    enum ErrorMessages { ON, OFF, CODE, TEXT }

    /** A program function key's meaning: a line CP runs at once, or puts in the input area. */
    record FunctionKey(boolean immediate, String text) { }

    private boolean messages = true;
    private boolean warnings = true;
    private boolean informational = true;
    private boolean run;
    private ErrorMessages errorMessages = ErrorMessages.TEXT;
    private final Map<Integer, FunctionKey> keys = new TreeMap<>();

    synchronized boolean messages() {
        return messages;
    }

    synchronized void setMessages(boolean on) {
        messages = on;
    }

    synchronized boolean warnings() {
        return warnings;
    }

    synchronized void setWarnings(boolean on) {
        warnings = on;
    }

    synchronized boolean informational() {
        return informational;
    }

    synchronized void setInformational(boolean on) {
        informational = on;
    }

    synchronized boolean run() {
        return run;
    }

    synchronized void setRun(boolean on) {
        run = on;
    }

    synchronized ErrorMessages errorMessages() {
        return errorMessages;
    }

    synchronized void setErrorMessages(ErrorMessages value) {
        errorMessages = value;
    }

    synchronized FunctionKey key(int number) {
        return keys.get(number);
    }

    /** Defines a key, or clears it when {@code key} is null (SET PFnn with no text). */
    synchronized void setKey(int number, FunctionKey key) {
        if (key == null) {
            keys.remove(number);
        } else {
            keys.put(number, key);
        }
    }
}
