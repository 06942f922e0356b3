package vm370.cms.fs;

/** A CMS file's record format, with its FSTRECFM byte (EBCDIC F or V) and its pointer-entry size. */
public enum RecordFormat {
    /** Fixed: records of LRECL bytes back to back; 4-byte pointer entries. */
    F((byte) 0xC6, 4),
    /** Variable: a halfword length before each record; 12-byte pointer entries. */
    V((byte) 0xE5, 12);

    private final byte code;
    private final int pointerSize;

    RecordFormat(byte code, int pointerSize) {
        this.code = code;
        this.pointerSize = pointerSize;
    }

    /** The FSTRECFM byte. */
    public byte code() {
        return code;
    }

    /** FSTPTRSZ: bytes per pointer-block entry. */
    public int pointerSize() {
        return pointerSize;
    }

    /** The format an FSTRECFM byte names; empty when it names none (a damaged FST). */
    public static java.util.Optional<RecordFormat> ofCode(byte code) {
        for (RecordFormat f : values()) {
            if (f.code == code) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
