package vm370.s370.cpu;

/**
 * Program interruption codes, stored at location 142 (EC mode) or in the old PSW (BC mode).
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Program Interruption"</a>
 */
public enum ProgramInterruptionCode {
    OPERATION(0x01),
    PRIVILEGED_OPERATION(0x02),
    EXECUTE(0x03),
    PROTECTION(0x04),
    ADDRESSING(0x05),
    SPECIFICATION(0x06),
    DATA(0x07),
    FIXED_POINT_OVERFLOW(0x08),
    FIXED_POINT_DIVIDE(0x09),
    DECIMAL_OVERFLOW(0x0A),
    DECIMAL_DIVIDE(0x0B),
    EXPONENT_OVERFLOW(0x0C),
    EXPONENT_UNDERFLOW(0x0D),
    SIGNIFICANCE(0x0E),
    FLOATING_POINT_DIVIDE(0x0F),
    SEGMENT_TRANSLATION(0x10),
    PAGE_TRANSLATION(0x11),
    TRANSLATION_SPECIFICATION(0x12),
    SPECIAL_OPERATION(0x13),
    MONITOR_EVENT(0x40);

    private final int code;

    ProgramInterruptionCode(int code) {
        this.code = code;
    }

    /** The code as stored: 1 to X'40' (PER adds X'80' to it). */
    public int code() {
        return code;
    }

    /** The constant for a stored code (without the PER bit). */
    public static ProgramInterruptionCode of(int code) {
        for (ProgramInterruptionCode c : values()) {
            if (c.code == (code & 0x7F)) {
                return c;
            }
        }
        throw new IllegalArgumentException("program interruption code: " + code + " (expected: 1-X'13' or X'40')");
    }
}
