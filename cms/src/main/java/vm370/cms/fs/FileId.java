package vm370.cms.fs;

import java.util.Locale;
import java.util.Optional;

/**
 * A file's name and type on one disk (the {@code fn ft} of {@code fn ft fm}) plus its mode number
 * 0–6: 1–8 characters each from CMS's set (letters, digits, $ # @ + - : _), upper case.
 */
public record FileId(String fileName, String fileType, int modeNumber) {

    public FileId {
        if (!valid(fileName) || !valid(fileType) || modeNumber < 0 || modeNumber > 6) {
            throw new IllegalArgumentException("file id: " + fileName + " " + fileType + " " + modeNumber
                    + " (expected: 1-8 characters of A-Z 0-9 $#@+-:_ each, mode number 0-6)");
        }
    }

    /** A file id with mode number 1, the default. */
    public static FileId of(String fileName, String fileType) {
        return new FileId(fileName, fileType, 1);
    }

    /** Parses {@code fn ft [fm]} leniently (any case); empty when it is not a valid file id. */
    public static Optional<FileId> parse(String fileName, String fileType, int modeNumber) {
        String fn = fileName.toUpperCase(Locale.ROOT);
        String ft = fileType.toUpperCase(Locale.ROOT);
        return valid(fn) && valid(ft) && modeNumber >= 0 && modeNumber <= 6
                ? Optional.of(new FileId(fn, ft, modeNumber)) : Optional.empty();
    }

    /** Whether {@code part} is a valid file name or type. */
    public static boolean valid(String part) {
        if (part == null || part.isEmpty() || part.length() > 8) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "$#@+-:_".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return fileName + " " + fileType;
    }
}
