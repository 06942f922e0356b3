package vm370.terminals;

/**
 * What a {@link TerminalServer} does with each new terminal (CP supplies its logon here). Runs on
 * a virtual thread of its own; when it returns or throws, the terminal is disconnected.
 */
@FunctionalInterface
public interface TerminalHandler {

    void serve(Terminal terminal) throws Exception;
}
