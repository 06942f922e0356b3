package vm370.cms.fs;

import java.util.Locale;

/**
 * A LISTFILE/ERASE-style pattern for the files of one disk: {@code fn ft} where {@code *} matches
 * any characters (alone, any name) and {@code %} one character, and a mode number or {@code *}.
 *
 * @param modeNumber 0–6, or -1 for any
 */
public record FilePattern(String fileName, String fileType, int modeNumber) {

    /** Every file on the disk: {@code * * *}. */
    public static final FilePattern ALL = new FilePattern("*", "*", -1);

    public FilePattern {
        fileName = fileName.toUpperCase(Locale.ROOT);
        fileType = fileType.toUpperCase(Locale.ROOT);
    }

    /** A pattern for any mode number. */
    public static FilePattern of(String fileName, String fileType) {
        return new FilePattern(fileName, fileType, -1);
    }

    /** Whether the file matches. */
    public boolean matches(FileStatus file) {
        return (modeNumber < 0 || modeNumber == file.modeNumber()) && glob(fileName, 0, file.fileName(), 0)
                && glob(fileType, 0, file.fileType(), 0);
    }

    private static boolean glob(String pattern, int p, String text, int t) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                for (int k = t; k <= text.length(); k++) {
                    if (glob(pattern, p + 1, text, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (t >= text.length() || (c != '%' && c != text.charAt(t))) {
                return false;
            }
            p++;
            t++;
        }
        return t == text.length();
    }
}
