package vm370.spool.file;

/**
 * The kind of virtual device that made a spool file; QUERY shows it in the "typ" column.
 * A file keeps its type when it lands in a reader: a punched deck sent to a user reads as PUN.
 */
public enum DeviceType {
    RDR, PRT, PUN, CON;

    /** The three-letter wire form stored in the spool database and shown by QUERY. */
    public String code() {
        return name();
    }

    /** Parses the three-letter form; null when it is none of them. */
    public static DeviceType parse(String code) {
        for (DeviceType type : values()) {
            if (type.name().equals(code)) {
                return type;
            }
        }
        return null;
    }
}
