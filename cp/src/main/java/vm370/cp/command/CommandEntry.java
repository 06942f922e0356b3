package vm370.cp.command;

import vm370.cp.vm.VirtualMachine;

/**
 * One row of CP's command table: the name as VM/370's syntax writes it (capitals are the minimum
 * abbreviation), the privilege classes that may issue it ({@code *} for Any), and its handler.
 * @vm370 DMKCFC
 */
record CommandEntry(String syntax, String classes, Handler handler) {

    /** What a command does for one request; called on the issuing machine's thread. */
    @FunctionalInterface
    interface Handler {
        CommandResponse run(Request request);
    }

    /** One command as issued: the machine and its user's classes, the verb as typed, the operands. */
    record Request(VirtualMachine machine, String classes, String verb, Tokens operands) {
        String userid() {
            return machine.userid();
        }

        boolean hasClass(String wanted) {
            return anyOf(classes, wanted);
        }
    }

    /**
     * Runs the first of {@code entries} that {@code word} names and the user may use (an operand
     * the console added to QUERY or SET); null when none does.
     */
    static CommandResponse runAdded(java.util.List<CommandEntry> entries, String word, Request request) {
        for (CommandEntry entry : entries) {
            if (entry.named(word) && entry.allowedFor(request.classes())) {
                return entry.handler().run(request);
            }
        }
        return null;
    }

    boolean named(String verb) {
        return Tokens.abbreviates(verb, syntax);
    }

    boolean allowedFor(String userClasses) {
        return classes.equals("*") || anyOf(userClasses, classes);
    }

    private static boolean anyOf(String have, String wanted) {
        for (int i = 0; i < wanted.length(); i++) {
            if (have.indexOf(wanted.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
