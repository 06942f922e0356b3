package vm370.cp.command;

/**
 * CP's error messages that several commands share, numbered as VM/370 numbers them (the number is
 * the return code DIAGNOSE 08 gives). The module part of the id names the VM/370 module that says it.
 */
enum CpMessage {
    INVALID_OPERAND(2, 'E', "INVALID OPERAND - %s"),
    INVALID_OPTION(3, 'E', "INVALID OPTION - %s"),
    INVALID_HEXLOC(4, 'E', "HEXLOC MISSING OR INVALID"),
    INVALID_REGISTER(6, 'E', "REGISTER MISSING OR INVALID"),
    INVALID_HEXDATA(9, 'E', "HEXDATA MISSING OR INVALID"),
    USERID_MISSING(20, 'E', "USERID MISSING OR INVALID"),
    VADDR_MISSING(22, 'E', "VADDR MISSING OR INVALID"),
    OPERAND_MISSING(26, 'E', "OPERAND MISSING OR INVALID"),
    DEVICE_DOES_NOT_EXIST(40, 'E', "DEV %s DOES NOT EXIST"),
    NOT_LOGGED_ON(45, 'E', "%s NOT LOGGED ON"),
    PASSWORD_INCORRECT(50, 'E', "PASSWORD INCORRECT"),
    NOT_IN_DIRECTORY(53, 'E', "%s NOT IN CP DIRECTORY"),
    ALREADY_LOGGED_ON(54, 'E', "%s ALREADY LOGGED ON"),
    NOT_RECEIVING(57, 'W', "%s NOT RECEIVING; %s"),
    LOCATION_EXCEEDS_STORAGE(160, 'E', "HEXLOC %s EXCEEDS STORAGE");

    private final int number;
    private final char severity;
    private final String template;

    CpMessage(int number, char severity, String template) {
        this.number = number;
        this.severity = severity;
        this.template = template;
    }

    /** This message as the whole response of a command that failed, from a VM/370 module such as {@code DMKCFM}. */
    CommandResponse from(String module, Object... arguments) {
        return CommandResponse.failed(line(module, arguments), number);
    }

    String line(String module, Object... arguments) {
        return String.format("%s%03d%c %s", module, number, severity, String.format(template, arguments));
    }

    int number() {
        return number;
    }
}
