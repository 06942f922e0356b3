package vm370.cms.xedit;

import java.util.Locale;
import java.util.Optional;
import vm370.cms.fs.FileId;

/** A file's {@code fn ft fm} as XEDIT names it: mode letter and number ({@code A1}); upper case. */
public record FileRef(String fileName, String fileType, String fileMode) {

    /** Parses {@code fn ft [fm]} (any case; fm defaults to {@code defaultMode}); empty when not a valid fileid. */
    public static Optional<FileRef> parse(String text, String defaultMode) {
        String[] words = text.strip().toUpperCase(Locale.ROOT).split("\\s+");
        if (words.length < 2 || words.length > 3 || !FileId.valid(words[0]) || !FileId.valid(words[1])) {
            return Optional.empty();
        }
        String mode = words.length == 3 ? words[2] : defaultMode;
        if (!validMode(mode)) {
            return Optional.empty();
        }
        return Optional.of(new FileRef(words[0], words[1], mode.length() == 1 && mode.charAt(0) != '*' ? mode + "1" : mode));
    }

    private static boolean validMode(String mode) {
        if (mode.equals("*")) {
            return true;
        }
        char letter = mode.charAt(0);
        return mode.length() <= 2 && letter >= 'A' && letter <= 'Z'
                && (mode.length() == 1 || (mode.charAt(1) >= '0' && mode.charAt(1) <= '6'));
    }

    /** The mode letter ({@code *} for "first disk that has it"). */
    public char modeLetter() {
        return fileMode.charAt(0);
    }

    /** The mode number, 1 when none was given. */
    public int modeNumber() {
        return fileMode.length() > 1 ? fileMode.charAt(1) - '0' : 1;
    }

    public FileRef withMode(String mode) {
        return new FileRef(fileName, fileType, mode);
    }

    @Override
    public String toString() {
        return fileName + " " + fileType + " " + fileMode;
    }
}
