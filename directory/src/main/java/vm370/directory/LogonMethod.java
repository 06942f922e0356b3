package vm370.directory;

/** How a virtual machine is being logged on: from a terminal, or by AUTOLOG (no terminal). */
public enum LogonMethod {
    TERMINAL,
    AUTOLOG
}
