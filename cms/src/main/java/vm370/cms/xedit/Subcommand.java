package vm370.cms.xedit;

import java.util.Locale;
import java.util.Optional;

/**
 * XEDIT's subcommand table: each subcommand's name, the shortest abbreviation it takes, and its
 * handler. Nothing else lists subcommands; the editor looks words up here.
 */
enum Subcommand {
    //        name         min  handler
    ADD      ("ADD",       1,   Editing::add),
    ALL      ("ALL",       3,   Navigation::all),
    BACKWARD ("BACKWARD",  2,   Navigation::backward),
    BOTTOM   ("BOTTOM",    1,   Navigation::bottom),
    CANCEL   ("CANCEL",    3,   FileCommands::cancel),
    CHANGE   ("CHANGE",    1,   Change::change),
    CLOCATE  ("CLOCATE",   2,   Navigation::clocate),
    COMMAND  ("COMMAND",   4,   Macros::command),
    COPY     ("COPY",      4,   Editing::copy),
    CURSOR   ("CURSOR",    4,   Editing::cursor),
    DELETE   ("DELETE",    3,   Editing::delete),
    DOWN     ("DOWN",      1,   Navigation::down),
    DUPLICATE("DUPLICATE", 3,   Editing::duplicate),
    EXTRACT  ("EXTRACT",   3,   Macros::extractOutsideMacro),
    FILE     ("FILE",      4,   FileCommands::file),
    FIND     ("FIND",      1,   Navigation::find),
    FINDUP   ("FINDUP",    5,   Navigation::findUp),
    FORWARD  ("FORWARD",   2,   Navigation::forward),
    FILELIST ("FILELIST",  5,   FileList::open),
    RDRLIST  ("RDRLIST",   4,   (e, o) -> ReaderList.open(e)),
    FLEXEC   ("FLEXEC",    6,   FileList::atCursor),
    GET      ("GET",       3,   FileCommands::get),
    HELP     ("HELP",      4,   FileCommands::help),
    INPUT    ("INPUT",     1,   Editing::input),
    LEFT     ("LEFT",      2,   Navigation::left),
    LOCATE   ("LOCATE",    1,   Navigation::locate),
    MACRO    ("MACRO",     5,   Macros::macro),
    MOVE     ("MOVE",      4,   Editing::move),
    NEXT     ("NEXT",      1,   Navigation::down),
    PUT      ("PUT",       3,   FileCommands::put),
    PUTD     ("PUTD",      4,   FileCommands::putDelete),
    QQUIT    ("QQUIT",     2,   FileCommands::qquit),
    QUERY    ("QUERY",     1,   SetCommand::query),
    QUIT     ("QUIT",      4,   FileCommands::quit),
    REFRESH  ("REFRESH",   7,   FileList::refresh),
    REPEAT   ("REPEAT",    3,   Editor::repeat),
    REPLACE  ("REPLACE",   1,   Editing::replace),
    RGTLEFT  ("RGTLEFT",   7,   Navigation::rightLeft),
    RIGHT    ("RIGHT",     2,   Navigation::right),
    RESET    ("RESET",     3,   PrefixCommands::reset),
    SAVE     ("SAVE",      4,   FileCommands::save),
    SCHANGE  ("SCHANGE",   3,   Change::selective),
    SET      ("SET",       3,   SetCommand::set),
    SORT     ("SORT",      4,   Editing::sort),
    SOS      ("SOS",       3,   Editing::sos),
    SPLTJOIN ("SPLTJOIN",  8,   Editing::splitJoin),
    TABKEY   ("TABKEY",    6,   Editing::tabKey),
    TOP      ("TOP",       3,   Navigation::top),
    UP       ("UP",        1,   Navigation::up),
    XEDIT    ("XEDIT",     1,   FileCommands::xedit);

    /** Runs a subcommand with its operands; returns XEDIT's return code. */
    @FunctionalInterface
    interface Handler {
        int run(Editor editor, String operands);
    }

    private final String fullName;
    private final int minimum;
    private final Handler handler;

    Subcommand(String fullName, int minimum, Handler handler) {
        this.fullName = fullName;
        this.minimum = minimum;
        this.handler = handler;
    }

    String fullName() {
        return fullName;
    }

    /** How many letters the name may be cut to. */
    int minimum() {
        return minimum;
    }

    int run(Editor editor, String operands) {
        return handler.run(editor, operands);
    }

    /** The subcommand a word names (full or abbreviated, any case). */
    static Optional<Subcommand> lookup(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        for (Subcommand s : values()) {
            if (w.length() >= s.minimum && s.fullName.startsWith(w)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
