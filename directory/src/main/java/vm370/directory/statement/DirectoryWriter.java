package vm370.directory.statement;

import java.util.List;
import vm370.directory.model.Directory;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Profile;
import vm370.directory.model.UserEntry;

/**
 * Writes a directory back as source in canonical form: one statement a line, statements inside
 * an entry indented by one blank, a blank line between entries. A statement longer than 71
 * columns (a USER line with its password hash) is cut at column 71 and continued with {@code +}
 * in column 72, which {@link SourceReader} joins back exactly.
 */
public final class DirectoryWriter {

    private static final char CONTINUATION_MARK = '+';

    private DirectoryWriter() {
    }

    public static String write(Directory directory) {
        StringBuilder out = new StringBuilder();
        directory.residence().ifPresent(residence -> line(out, residence.render()).append('\n'));
        for (Profile profile : directory.profiles()) {
            entry(out, profile);
        }
        for (UserEntry user : directory.users()) {
            entry(out, user);
        }
        return out.toString();
    }

    /** One PROFILE entry's source, ending with its blank line, appended to {@code out}. */
    public static StringBuilder entry(StringBuilder out, Profile profile) {
        line(out, "PROFILE " + profile.name());
        body(out, profile.statements());
        return out.append('\n');
    }

    /** One USER entry's source, ending with its blank line, appended to {@code out}. */
    public static StringBuilder entry(StringBuilder out, UserEntry user) {
        line(out, user.renderHeader());
        user.include().ifPresent(name -> line(out, " INCLUDE " + name));
        body(out, user.statements());
        return out.append('\n');
    }

    private static void body(StringBuilder out, List<EntryStatement> statements) {
        for (EntryStatement statement : statements) {
            line(out, " " + statement.render());
        }
    }

    private static StringBuilder line(StringBuilder out, String text) {
        int width = SourceReader.TEXT_COLUMNS;
        int at = 0;
        while (text.length() - at > width) {
            out.append(text, at, at + width).append(CONTINUATION_MARK).append('\n');
            at += width;
        }
        return out.append(text, at, text.length()).append('\n');
    }
}
