package vm370.cms.xedit;

import java.util.ArrayList;
import java.util.List;

/**
 * RDRLIST: the files in the virtual reader (CP's QUERY READER ALL) as a list in the editor, one a
 * line after a command area. A command typed there runs for that file, its spool id added at the
 * end or put where a {@code /} is (RECEIVE, PEEK, CP PURGE RDR /); PF11 RECEIVEs the file at the
 * cursor, PF2 refreshes, PF3 quits.
 */
final class ReaderList implements ListView {

    private final List<String> spoolIds = new ArrayList<>();

    private ReaderList() {
    }

    static int open(Editor e) {
        ReaderList view = new ReaderList();
        List<String> lines = view.lines(e);
        if (lines.isEmpty()) {
            e.message("DMSRDL109E NO FILES IN READER");
            return 28;
        }
        return ListView.show(e, view, "RDRLIST", lines);
    }

    /** One line per reader file: QUERY READER ALL's row (origin, spool id, class, type, records...). */
    @Override
    public List<String> lines(Editor e) {
        spoolIds.clear();
        List<String> out = new ArrayList<>();
        for (String row : e.host().cpResponse("QUERY READER ALL")) {
            String[] words = row.strip().split("\\s+");
            if (words.length < 2 || !words[1].chars().allMatch(Character::isDigit)) {
                continue;
            }
            spoolIds.add(words[1]);
            out.add(" ".repeat(FileList.COMMAND_AREA) + row.stripTrailing());
        }
        return out;
    }

    @Override
    public String pfKey(int n) {
        return switch (n) {
            case 2, 14 -> "REFRESH";
            case 11, 23 -> "FLEXEC RECEIVE";
            default -> null;
        };
    }

    @Override
    public void typed(Editor e, EditFile list, int index, String text) {
        String command = FileList.typedCommand(list.text(index), text);
        if (!command.isEmpty()) {
            runFor(e, index, command);
        }
    }

    @Override
    public int runFor(Editor e, int index, String command) {
        if (index < 1 || index > spoolIds.size()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.CURSOR_INVALID);
        }
        int rc = FileList.cms(e, FileList.substitute(command, spoolIds.get(index - 1)));
        FileList.refresh(e, "");
        return rc;
    }
}
