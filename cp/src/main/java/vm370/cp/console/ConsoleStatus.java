package vm370.cp.console;

/**
 * The words of a 3270 console's status area (row 24, column 61): what CP is doing with the
 * terminal. The first three come from the session; MORE..., HOLDING and NOT ACCEPTED from the screen.
 */
enum ConsoleStatus {
    RUNNING("RUNNING"),
    VM_READ("VM READ"),
    CP_READ("CP READ"),
    MORE("MORE..."),
    HOLDING("HOLDING"),
    NOT_ACCEPTED("NOT ACCEPTED");

    private final String word;

    ConsoleStatus(String word) {
        this.word = word;
    }

    /** The word as the status area shows it. */
    String word() {
        return word;
    }
}
