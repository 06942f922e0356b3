package vm370.directory.model;

import java.util.Optional;

/** What a SPOOL statement's device is; parses the operand's spellings and writes the long one. */
public enum UnitRecordKind {
    READER("READ", "RDR"),
    PUNCH("PUN", "PCH"),
    PRINTER("PRINT", "PRT");

    private final String shortForm;
    private final String otherForm;

    UnitRecordKind(String shortForm, String otherForm) {
        this.shortForm = shortForm;
        this.otherForm = otherForm;
    }

    public static Optional<UnitRecordKind> parse(String text) {
        for (UnitRecordKind kind : values()) {
            if (kind.name().equals(text) || kind.shortForm.equals(text) || kind.otherForm.equals(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind a unit-record device type implies, or empty for the 2540 (reader and punch). */
    public static Optional<UnitRecordKind> implied(String deviceType) {
        return switch (deviceType) {
            case "2501", "3505" -> Optional.of(READER);
            case "3525" -> Optional.of(PUNCH);
            case "1403", "1443", "3203", "3211", "3262", "3800" -> Optional.of(PRINTER);
            default -> Optional.empty();
        };
    }

    /** Whether {@code deviceType} can be a spooled device of this kind. */
    public boolean accepts(String deviceType) {
        return deviceType.equals("2540") && this != PRINTER || implied(deviceType).orElse(null) == this;
    }
}
