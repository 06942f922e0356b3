package vm370.cp.console;

import vm370.cp.vm.FullScreenConsole;

/**
 * What a {@link TerminalSession} draws on: a 3270 console, a line-mode typewriter terminal, or
 * the operator's console. Output may come from any thread (the machine, other users' messages).
 */
interface ConsoleDevice {

    /** The real address shown in operator messages and QUERY NAMES, such as {@code 0C1}. */
    String address();

    /** {@code GRAF} for a 3270, {@code LINE} for a typewriter terminal. */
    String kind();

    /** Writes one output line (CP's, the machine's, a message). */
    void line(String text);

    /** The session's read state changed (CP READ, VM READ, RUNNING). */
    void refreshStatus();

    /** The next input is a password: not displayed, and not echoed. */
    void hideNextInput();

    /** Shows the logo (3270) or the greeting (line mode): no one is logged on at this terminal. */
    void logo();

    /** The full-screen side for DIAGNOSE X'58', or NONE when this terminal cannot take one. */
    FullScreenConsole fullScreen();

    /** True for a dial-up line (line-mode telnet), which LOGOFF and DISCONNECT drop unless HOLD. */
    boolean switched();

    /** Ends the connection (SHUTDOWN, or the operator's DISCONNECT of a dial-up line). */
    void hangUp();
}
