package vm370.cp.command;

import vm370.cp.vm.VirtualMachine;

/**
 * How a user's session ends, as LOGOFF, FORCE and DISCONNECT need it: the terminal side of CP
 * (vm370.cp.console) installs the real one with {@link CpCommandProcessor#useSessions}; without it
 * a machine just goes, with its accounting line. Called on any thread, often the machine's own.
 * @vm370 DMKUSO
 */
public interface SessionControl {

    /**
     * Logs the user off: the accounting line and {@code LOGOFF AT ...} ({@code ... BY SYSTEM} when
     * forced) on the user's terminal, which returns to the logo; the machine goes on another thread.
     * Returns the operator's line ({@code GRAF raddr LOGOFF AS userid USERS = nnn}). A switched line
     * (line-mode telnet) is dropped afterwards unless {@code hold} (LOGOFF HOLD); a 3270 shows the logo.
     */
    String logoff(VirtualMachine machine, boolean forced, boolean hold);

    /**
     * Disconnects the user's terminal ({@code DISCONNECT AT ...}); the machine keeps running. A switched
     * line is dropped unless {@code hold} (DISCONNECT HOLD), which gives it the greeting again.
     */
    void disconnect(VirtualMachine machine, boolean hold);
}
