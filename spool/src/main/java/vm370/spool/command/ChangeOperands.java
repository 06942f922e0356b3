package vm370.spool.command;

import vm370.spool.file.SpoolFile;

/**
 * The new attributes CHANGE gives: each null (or '\0', 0) keeps the file's own.
 * {@code error} is set instead when an operand is bad.
 */
record ChangeOperands(char spoolClass, int copies, Boolean hold, String fileName, String fileType, String dist,
                      String form, Boolean keep, Boolean message, CommandResult.Error error) {

    private static final String[] OPTIONS = {"CLass", "COpy", "HOld", "NOHold", "NAme", "DIst", "FORM", "KEep",
        "NOKeep", "MSG", "NOMsg"};

    static ChangeOperands parse(Operands operands, String module) {
        char spoolClass = '\0';
        int copies = 0;
        Boolean hold = null;
        String fileName = null;
        String fileType = null;
        String dist = null;
        String form = null;
        Boolean keep = null;
        Boolean message = null;
        if (!operands.hasNext()) {
            return failed(CpMessage.OPERAND_MISSING.from(module));
        }
        while (operands.hasNext()) {
            String token = operands.peek();
            String option = operands.nextIf(OPTIONS);
            if (option == null) {
                return failed(CpMessage.INVALID_OPERAND.from(module, token));
            }
            switch (option) {
                case "CLass" -> {
                    spoolClass = Operands.spoolClass(operands.next());
                    if (spoolClass == '\0') {
                        return failed(CpMessage.CLASS_MISSING.from(module));
                    }
                }
                case "COpy" -> {
                    copies = SpoolCommand.copies(operands.next());
                    if (copies < 0) {
                        return failed(CpMessage.COPIES_INVALID.from(module));
                    }
                }
                case "HOld", "NOHold" -> hold = option.equals("HOld");
                case "KEep", "NOKeep" -> keep = option.equals("KEep");
                case "MSG", "NOMsg" -> message = option.equals("MSG");
                case "NAme" -> {
                    fileName = word(operands.next());
                    fileType = operands.hasNext() && operands.peek().length() <= 8
                            && !isOption(operands.peek()) ? operands.next() : null;
                    if (fileName == null) {
                        return failed(CpMessage.OPERAND_MISSING.from(module));
                    }
                }
                case "DIst" -> {
                    dist = word(operands.next());
                    if (dist == null) {
                        return failed(CpMessage.OPERAND_MISSING.from(module));
                    }
                }
                default -> {
                    form = word(operands.next());
                    if (form == null) {
                        return failed(CpMessage.OPERAND_MISSING.from(module));
                    }
                }
            }
        }
        return new ChangeOperands(spoolClass, copies, hold, fileName, fileType, dist, form, keep, message, null);
    }

    private static boolean isOption(String token) {
        for (String pattern : OPTIONS) {
            if (Operands.matches(pattern, token)) {
                return true;
            }
        }
        return false;
    }

    private static String word(String token) {
        return token != null && token.length() <= 8 ? token : null;
    }

    private static ChangeOperands failed(CommandResult.Error error) {
        return new ChangeOperands('\0', 0, null, null, null, null, null, null, null, error);
    }

    /** The file with these changes; {@code systemHold} makes HOLD/NOHOLD act on the operator's hold. */
    SpoolFile applyTo(SpoolFile file, boolean systemHold) {
        boolean userHold = hold != null && !systemHold ? hold : file.userHold();
        boolean sysHold = hold != null && systemHold ? hold : file.systemHold();
        return file.changed(spoolClass != '\0' ? spoolClass : file.spoolClass(), copies > 0 ? copies : file.copies(),
                userHold, sysHold, fileName != null ? fileName : file.fileName(),
                fileType != null ? fileType : file.fileType(), dist != null ? dist : file.dist(),
                form != null ? form : file.form(), keep != null ? keep : file.keep(),
                message != null ? message : file.message());
    }
}
