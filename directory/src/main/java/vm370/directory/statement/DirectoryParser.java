package vm370.directory.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vm370.directory.DirectoryError;
import vm370.directory.DirectoryErrorKind;
import vm370.directory.model.Directory;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Profile;
import vm370.directory.model.Residence;
import vm370.directory.model.Secret;
import vm370.directory.model.UserEntry;

/**
 * Parses a whole directory source: DIRECTORY first if present, then PROFILE and USER entries,
 * each followed by its statements (INCLUDE right after USER). Keeps going after an error so
 * that every error in the file is reported; checks across entries are the validator's.
 * Case: statement names, keywords, userids, volsers and clear passwords are upper-cased, as
 * VM/370 terminals send them; IPL PARM text and stored password hashes are kept as written.
 *
 * @vm370 DMKDIR
 */
public final class DirectoryParser {

    /** USER's first password operand may be any of these keywords. */
    private static final List<Secret.Keyword> USER_KEYWORDS = List.of(
            Secret.Keyword.NOLOG, Secret.Keyword.NOPASS, Secret.Keyword.AUTOONLY, Secret.Keyword.LBYONLY);
    private static final long DEFAULT_STORAGE = 1L << 20;
    private static final int MAX_TAIL = 5;

    /**
     * The parsed directory, the source line of each entry and statement object (by identity; the
     * validator reports against them), and the errors found.
     */
    public record Result(Directory directory, Map<Object, Integer> lines, List<DirectoryError> errors) {
    }

    private final List<DirectoryError> errors = new ArrayList<>();
    private final Map<Object, Integer> lines = new IdentityHashMap<>();
    private final List<Profile> profiles = new ArrayList<>();
    private final List<UserEntry> users = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private Optional<Residence> residence = Optional.empty();
    private UserEntry user;
    private String profileName;
    private int entryLine;
    private int includeLine;
    private List<EntryStatement> statements = new ArrayList<>();

    private DirectoryParser() {
    }

    public static Result parse(String source) {
        DirectoryParser parser = new DirectoryParser();
        List<SourceStatement> all = SourceReader.read(source);
        for (int i = 0; i < all.size(); i++) {
            parser.statement(all.get(i), i == 0);
        }
        parser.finishEntry();
        return new Result(new Directory(parser.residence, parser.profiles, parser.users), parser.lines,
                List.copyOf(parser.errors));
    }

    private void statement(SourceStatement statement, boolean first) {
        switch (statement.verb()) {
            case "DIRECTORY", "DIRECT", "DIR" -> directory(statement, first);
            case "USER" -> user(statement);
            case "PROFILE" -> profile(statement);
            case "INCLUDE" -> include(statement);
            default -> body(statement);
        }
    }

    private void directory(SourceStatement statement, boolean first) {
        if (!first || residence.isPresent()) {
            sequenceError(statement, "DIRECTORY MUST BE THE FIRST STATEMENT");
            return;
        }
        Operands in = new Operands(statement, errors);
        int address = in.address("DEVICE ADDRESS");
        String type = in.required("DEVICE TYPE");
        String volser = in.required("VOLUME SERIAL");
        in.check(Operands.isName(volser, 6), volser);
        in.end();
        if (!in.failed()) {
            Residence parsed = new Residence(address, type, volser);
            residence = Optional.of(parsed);
            lines.put(parsed, statement.line());
        }
    }

    private void user(SourceStatement statement) {
        finishEntry();
        Operands in = new Operands(statement, errors);
        String userid = in.name("USERID");
        Secret password = in.secret("PASSWORD", USER_KEYWORDS);
        long storage = in.hasNext() ? storage(in) : DEFAULT_STORAGE;
        long maxStorage = in.hasNext() ? storage(in) : storage;
        String classes = in.optional().orElse("G");
        in.check(classes.matches("[A-H*]{1,9}"), classes);
        List<String> tail = new ArrayList<>();
        while (in.hasNext() && tail.size() < MAX_TAIL) {
            tail.add(in.required("LINE EDIT CHARACTER"));
        }
        in.end();
        if (in.failed()) {
            startEntry(null, null, statement);
            return;
        }
        if (!names.add(userid)) {
            errors.add(new DirectoryError(statement.line(), DirectoryErrorKind.DUPLICATE_USER, userid));
        }
        startEntry(new UserEntry(userid, password, storage, maxStorage, classes, tail, Optional.empty(), List.of()),
                null, statement);
    }

    private void profile(SourceStatement statement) {
        finishEntry();
        Operands in = new Operands(statement, errors);
        String name = in.name("PROFILE NAME");
        in.end();
        if (!in.failed() && !names.add(name)) {
            errors.add(new DirectoryError(statement.line(), DirectoryErrorKind.DUPLICATE_USER, name));
        }
        startEntry(null, in.failed() ? null : name, statement);
    }

    private void include(SourceStatement statement) {
        if (user == null || !statements.isEmpty() || user.include().isPresent()) {
            sequenceError(statement, "INCLUDE MUST FOLLOW USER");
            return;
        }
        Operands in = new Operands(statement, errors);
        String name = in.name("PROFILE NAME");
        in.end();
        if (!in.failed()) {
            user = new UserEntry(user.userid(), user.password(), user.storage(), user.maxStorage(), user.classes(),
                    user.tail(), Optional.of(name), List.of());
            includeLine = statement.line();
        }
    }

    private void body(SourceStatement statement) {
        if (entryLine == 0) {
            sequenceError(statement, statement.verb() + " BEFORE USER");
            return;
        }
        Optional<EntryStatement> parsed = StatementParser.parse(statement, errors);
        if (parsed.isEmpty()) {
            return;
        }
        if (profileName != null && parsed.get() instanceof EntryStatement.Minidisk) {
            sequenceError(statement, "MDISK IN PROFILE " + profileName);
            return;
        }
        statements.add(parsed.get());
        lines.put(parsed.get(), statement.line());
    }

    /** Starts an entry; a USER or PROFILE statement in error still opens one, whose statements are checked and dropped. */
    private void startEntry(UserEntry newUser, String newProfile, SourceStatement statement) {
        user = newUser;
        profileName = newProfile;
        entryLine = statement.line();
        statements = new ArrayList<>();
    }

    private void finishEntry() {
        if (user != null) {
            UserEntry done = user.withStatements(statements);
            users.add(done);
            lines.put(done, entryLine);
            if (done.include().isPresent()) {
                lines.put(done.include(), includeLine);
            }
        } else if (profileName != null) {
            Profile done = new Profile(profileName, statements);
            profiles.add(done);
            lines.put(done, entryLine);
        }
        user = null;
        profileName = null;
    }

    private long storage(Operands in) {
        String text = in.required("STORAGE");
        long bytes = parseStorage(text);
        in.check(bytes > 0, text);
        return bytes;
    }

    /** {@code 512K}, {@code 16M}, {@code 2G}: a positive multiple of 4K, or -1. */
    static long parseStorage(String text) {
        if (text.length() < 2) {
            return -1;
        }
        long unit = switch (text.charAt(text.length() - 1)) {
            case 'K' -> 1L << 10;
            case 'M' -> 1L << 20;
            case 'G' -> 1L << 30;
            default -> 0;
        };
        int amount = Operands.decimal(text.substring(0, text.length() - 1));
        long bytes = unit * amount;
        return amount > 0 && unit > 0 && bytes % 4096 == 0 ? bytes : -1;
    }

    private void sequenceError(SourceStatement statement, String detail) {
        errors.add(new DirectoryError(statement.line(), DirectoryErrorKind.SEQUENCE_ERROR, detail));
    }
}
