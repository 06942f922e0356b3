package vm370.cp.vm;

/**
 * Where a virtual machine's console lines go: the user's terminal when one is connected, nowhere
 * (or the console spool) when the machine is disconnected. Called on any thread.
 */
@FunctionalInterface
public interface ConsoleOutput {

    void line(String text);

    /** A console for a machine with no terminal: its output is dropped. */
    ConsoleOutput DISCONNECTED = text -> { };
}
