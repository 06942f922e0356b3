package vm370.s370.asm;

/**
 * The assembler's messages: numbers and texts after HLASM's (SC26-4941, "Assembly error
 * diagnostic messages"). Each formats its text with {@link String#format} arguments.
 */
enum Message {
    PREVIOUSLY_DEFINED_SEQUENCE(8, Severity.ERROR, "Previously defined sequence symbol - %s"),
    UNDEFINED_SEQUENCE(12, Severity.SEVERE, "Undefined sequence symbol - %s; macro aborted"),
    ACTR_EXCEEDED(13, Severity.SEVERE, "ACTR counter exceeded - %s"),
    UNDEFINED_KEYWORD(17, Severity.WARNING, "Undefined keyword parameter; default to positional, including keyword - %s"),
    INVALID_VARIABLE(24, Severity.ERROR, "Invalid variable symbol - %s"),
    INVALID_DISPLACEMENT(28, Severity.ERROR, "Invalid displacement - %s"),
    INCORRECT_REGISTER(29, Severity.ERROR, "Incorrect register specification - %s"),
    NOT_ABSOLUTE(32, Severity.ERROR, "Relocatable value or unresolved symbol found when absolute value required - %s"),
    BEYOND_USING(34, Severity.ERROR, "Operand %s beyond active USING range by %d bytes"),
    INVALID_DELIMITER(35, Severity.SEVERE, "Invalid delimiter - %s"),
    TERM_EXPECTED(41, Severity.ERROR, "Term expected; text is unclassifiable - %s"),
    PREVIOUSLY_DEFINED(43, Severity.ERROR, "Previously defined symbol - %s"),
    UNDEFINED_SYMBOL(44, Severity.ERROR, "Undefined symbol - %s"),
    ENTRY_ERROR(48, Severity.ERROR, "ENTRY error - %s"),
    UNDEFINED_OPERATION(57, Severity.ERROR, "Undefined operation code - %s"),
    UNKNOWN_TYPE(65, Severity.ERROR, "Unknown type - %s"),
    DATA_TOO_LARGE(72, Severity.ERROR, "Data item too large - %s"),
    ILLEGAL_SYNTAX(74, Severity.ERROR, "Illegal syntax in expression - %s"),
    ARITHMETIC_OVERFLOW(75, Severity.ERROR, "Arithmetic overflow - %s"),
    INVALID_LITERAL(97, Severity.ERROR, "Invalid literal usage - %s"),
    COMPLEX_RELOCATABLE(99, Severity.ERROR, "Wrong type of operand - %s"),
    END_MISSING(140, Severity.WARNING, "END record missing"),
    BAD_NAME(143, Severity.ERROR, "Bad character in name field - %s"),
    SYMBOL_TOO_LONG(147, Severity.ERROR, "Symbol too long, or first character not a letter - %s"),
    UNTERMINATED_MACRO(158, Severity.SEVERE, "MEND statement missing for macro %s; end of input reached"),
    OPERAND_EXPECTED(170, Severity.ERROR, "Operand missing or too few operands - %s"),
    TOO_MANY_OPERANDS(173, Severity.ERROR, "Too many operands - %s"),
    ORG_INVALID(190, Severity.ERROR, "ORG operand must be relocatable in the current section - %s"),
    MNOTE(254, Severity.INFORMATION, "*** MNOTE *** %s"),
    COPY_MISSING(60, Severity.SEVERE, "COPY code not found - %s"),
    UNDECLARED_VARIABLE(3, Severity.ERROR, "Undeclared variable symbol - %s"),
    MACRO_NESTING(18, Severity.SEVERE, "Macro call nesting too deep - %s"),
    STRING_TOO_LONG(19, Severity.ERROR, "SETC value longer than 4064 characters; truncated - %s"),
    TOO_MANY_STATEMENTS(20, Severity.UNRECOVERABLE, "More than %d statements generated; assembly stopped"),
    NO_USING(307, Severity.ERROR, "No active USING for operand %s"),
    USING_NOT_RELOCATABLE(308, Severity.ERROR, "USING base address or register is wrong - %s");

    private final int number;
    private final Severity severity;
    private final String format;

    Message(int number, Severity severity, String format) {
        this.number = number;
        this.severity = severity;
        this.format = format;
    }

    Severity severity() {
        return severity;
    }

    /** The message id, {@code ASMA044E}; MNOTE's letter is given by its own severity. */
    String id(Severity actual) {
        return String.format("ASMA%03d%c", number, actual.letter());
    }

    String text(Object... arguments) {
        return String.format(format, arguments);
    }
}
