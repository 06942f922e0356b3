package vm370.cp.vm;

/**
 * Where a virtual machine's console lines go: the user's terminal when one is connected, nowhere
 * (or the console spool) when the machine is disconnected. Called on any thread.
 */
@FunctionalInterface
public interface ConsoleOutput {

    void line(String text);

    /** The machine started or stopped running, or its console read started or ended (the status area changes). */
    default void statusChanged() {
    }

    /** A console for a machine with no terminal: its output is dropped. */
    ConsoleOutput DISCONNECTED = text -> { };
}
