package vm370.cms.xedit;

/** A line-mode console (a 3215 or a typewriter terminal) as XEDIT's line-mode subset uses it. */
public interface LineConsole {

    void write(String line);

    /** The next line the user typed, or null when the console is gone. */
    String read();
}
