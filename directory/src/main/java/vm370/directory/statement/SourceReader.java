package vm370.directory.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads directory source as card images. Columns 1-71 hold the statement; a nonblank column 72
 * continues it on the next line, whose columns 1-71 are appended exactly (so a long operand such
 * as a password hash may be split anywhere); columns 73-80 (sequence numbers) are ignored.
 * A line with {@code *} in column 1 is a comment, as is a blank line.
 */
public final class SourceReader {

    /** Last column that holds statement text. */
    public static final int TEXT_COLUMNS = 71;

    private SourceReader() {
    }

    public static List<SourceStatement> read(String source) {
        List<SourceStatement> statements = new ArrayList<>();
        String[] lines = source.split("\r?\n", -1);
        StringBuilder pending = new StringBuilder();
        int firstLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace('\t', ' ');
            boolean continuing = firstLine > 0;
            if (!continuing && (line.startsWith("*") || line.isBlank())) {
                continue;
            }
            if (!continuing) {
                firstLine = i + 1;
            }
            pending.append(line, 0, Math.min(line.length(), TEXT_COLUMNS));
            boolean continues = line.length() > TEXT_COLUMNS && line.charAt(TEXT_COLUMNS) != ' ';
            if (!continues) {
                statements.add(SourceStatement.of(firstLine, pending.toString()));
                pending.setLength(0);
                firstLine = 0;
            }
        }
        if (firstLine > 0) {
            statements.add(SourceStatement.of(firstLine, pending.toString()));
        }
        return statements;
    }
}
