package vm370.cms.nucleus;

import java.util.ArrayList;
import java.util.List;

/**
 * NOTE userid…: a short note in line mode. The text is read from the terminal (the stack first)
 * until a null line, then sent to each user's reader as {@code sender NOTE} with a {@code :READ}
 * card, a Date/From/To header and the text, so that RECEIVE files it.
 * @vm370 NOTE EXEC (VM/SP), in line mode
 */
final class Note {

    private Note() {
    }

    static int run(CmsSession cms, CommandLine line) {
        if (line.operands().isEmpty()) {
            return cms.fail(24, "DMSNOT054E NO USERID SPECIFIED");
        }
        cms.console().line("Enter the note; a null line ends it:");
        List<String> text = new ArrayList<>();
        String typed;
        while ((typed = cms.nextInputLine()) != null && !typed.isEmpty()) {
            text.add(typed);
        }
        Supervisor.Clock clock = cms.supervisor().clock();
        List<String> note = new ArrayList<>();
        note.add("Date: " + clock.date() + " " + clock.time());
        note.add("From: " + cms.userId());
        note.add("To:   " + String.join(" ", line.operands()));
        note.add("");
        note.addAll(text);
        String card = String.format(":READ  %-8s %-8s A1", cms.userId(), "NOTE");
        for (Recipient user : Recipient.parse(line.operands())) {
            CpResponse spooled = user.spoolPunch(cms);
            if (spooled.returnCode() != 0) {
                spooled.lines().forEach(cms.console()::line);
                user.releasePunch(cms);
                return spooled.returnCode();
            }
            int rc = SpoolCommands.punchLines(cms, "DMSNOT", card, note);
            CpResponse closed = cms.cp(String.format("CLOSE %03X NAME %s NOTE", UnitRecord.PUNCH, cms.userId()));
            user.releasePunch(cms);
            if (rc != 0) {
                return rc;
            }
            if (closed.returnCode() != 0) {
                closed.lines().forEach(cms.console()::line);
                return closed.returnCode();
            }
            cms.console().line("Note sent to " + user);
        }
        return 0;
    }
}
