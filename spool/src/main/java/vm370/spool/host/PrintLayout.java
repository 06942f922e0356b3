package vm370.spool.host;

import java.util.ArrayList;
import java.util.List;
import vm370.s370.text.Ebcdic;
import vm370.spool.device.UnitRecordCommand;

/**
 * Lays printer spool records out on pages as a 1403 carriage would: each record prints at the current
 * line, then the carriage spaces 1-3 lines or skips to a channel of the forms control buffer
 * (immediate commands move without printing); a write without spacing leaves the next line on top of
 * it (overprint). A skip to a channel the buffer does not punch goes to channel 1 (the next form).
 */
public final class PrintLayout {

    /** One form: for each line, the texts printed on it (more than one means overprint), at its lines per inch. */
    public record Page(List<List<String>> lines, int linesPerInch) {

        /** The number of lines up to the last one printed on. */
        public int usedLines() {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isEmpty()) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    private final Ebcdic codePage;
    private final FormsControlBuffer fcb;
    private final List<Page> pages = new ArrayList<>();
    private List<List<String>> lines;
    private int line;

    public PrintLayout(Ebcdic codePage, FormsControlBuffer fcb) {
        this.codePage = codePage;
        this.fcb = fcb;
        newPage();
    }

    /** Lays out one spool record; records of other device families (a CCW the printer lacks) are ignored. */
    public void record(int operation, byte[] data) {
        UnitRecordCommand command = UnitRecordCommand.parse(UnitRecordCommand.Family.PRINTER, operation);
        if (command == null || !command.isCarriageOrWrite()) {
            return;
        }
        if (command.transfersData()) {
            lines.get(line).add(codePage.decode(data).stripTrailing());
        }
        if (command.spaceLines() > 0) {
            for (int i = 0; i < command.spaceLines(); i++) {
                advance();
            }
        } else if (command.skipChannel() > 0) {
            skip(fcb.has(command.skipChannel()) ? command.skipChannel() : 1);
        }
    }

    /** Moves to the next line punched for {@code channel}; a fresh form already at it stays (no blank form). */
    private void skip(int channel) {
        if (!fcb.has(channel)) {
            newPage();
            return;
        }
        if (pages.getLast().usedLines() == 0 && fcb.punched(channel, line)) {
            return;
        }
        do {
            advance();
        } while (!fcb.punched(channel, line));
    }

    private void advance() {
        if (++line == fcb.lines()) {
            newPage();
        }
    }

    /** The pages laid out so far; a trailing page with nothing on it is left out. */
    public List<Page> pages() {
        List<Page> result = new ArrayList<>(pages);
        if (result.size() > 1 && result.getLast().usedLines() == 0) {
            result.removeLast();
        }
        return result;
    }

    private void newPage() {
        lines = new ArrayList<>(fcb.lines());
        for (int i = 0; i < fcb.lines(); i++) {
            lines.add(new ArrayList<>(1));
        }
        pages.add(new Page(lines, fcb.linesPerInch()));
        line = 0;
    }

    /**
     * The pages as host text, as Hercules prints: trailing blanks removed, lines ending in LF, a form
     * feed between pages, an overprinted line as CR followed by the overprinting text.
     */
    public static String text(List<Page> pages) {
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                out.append('\f');
            }
            Page page = pages.get(p);
            for (int i = 0; i < page.usedLines(); i++) {
                List<String> texts = page.lines().get(i);
                for (int t = 0; t < texts.size(); t++) {
                    if (t > 0) {
                        out.append('\r');
                    }
                    out.append(texts.get(t));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
