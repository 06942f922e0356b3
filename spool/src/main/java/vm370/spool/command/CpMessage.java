package vm370.spool.command;

/**
 * The CP error messages of the spool commands, numbered as VM/370 numbers them (the number is the
 * command's return code). The module part of the id names the VM/370 module that issued it.
 */
enum CpMessage {
    INVALID_OPERAND(2, "INVALID OPERAND - %s"),
    INVALID_OPTION(3, "INVALID OPTION - %s"),
    USERID_MISSING(20, "USERID MISSING OR INVALID"),
    VADDR_MISSING(22, "VADDR MISSING OR INVALID"),
    SPOOLID_MISSING(24, "SPOOLID MISSING OR INVALID"),
    OPERAND_MISSING(26, "OPERAND MISSING OR INVALID"),
    CLASS_MISSING(28, "CLASS MISSING OR INVALID"),
    COPIES_INVALID(29, "COPIES MISSING OR INVALID"),
    DEVICE_DOES_NOT_EXIST(40, "DEV %s DOES NOT EXIST"),
    SPOOLID_DOES_NOT_EXIST(42, "SPOOLID %s DOES NOT EXIST"),
    NOT_IN_DIRECTORY(53, "%s NOT IN CP DIRECTORY"),
    NOT_SPOOLED_DEVICE(143, "DEV %s NOT A SPOOLING DEVICE");

    private final int number;
    private final String template;

    CpMessage(int number, String template) {
        this.number = number;
        this.template = template;
    }

    /** This message as an error result from a VM/370 module such as {@code DMKCSU}. */
    CommandResult.Error from(String module, Object... arguments) {
        return new CommandResult.Error(String.format("%s%03dE", module, number),
                String.format(template, arguments), number);
    }
}
