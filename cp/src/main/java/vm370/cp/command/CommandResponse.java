package vm370.cp.command;

import java.util.List;

/**
 * What a CP command answers: its response lines and its return code (the number of the message
 * it ended with, 0 when it worked), as DIAGNOSE 08 hands them back to a program.
 */
public record CommandResponse(List<String> lines, int returnCode) {

    public CommandResponse {
        lines = List.copyOf(lines);
    }

    public static CommandResponse ok(String... lines) {
        return new CommandResponse(List.of(lines), 0);
    }

    /** A command that failed with one CP message; the return code is the message's number. */
    public static CommandResponse failed(String message, int returnCode) {
        return new CommandResponse(List.of(message), returnCode);
    }

    /** A command CP does not know, or one above the user's privilege classes: the same answer. */
    public static CommandResponse unknown(String verb) {
        return new CommandResponse(List.of("DMKCFC001E ?CP: " + verb), 1);
    }
}
