package vm370.cms.xedit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vm370.cms.fs.RecordFormat;

/**
 * Subcommands that move files between disk and storage or leave the editor: XEDIT (the ring),
 * SAVE, FILE, QUIT, QQUIT, CANCEL, GET, PUT, PUTD, HELP, and AUTOSAVE's saving aside.
 */
final class FileCommands {

    /** Where PUT and GET without a fileid keep lines, as XEDIT does. */
    private static final FileRef TEMPORARY = new FileRef("XEDTEMP", "CMSUT1", "A3");
    /** The LRECL XEDIT gives a V file whose longest record is shorter: lines may grow to it. */
    static final int VARIABLE_LRECL = 255;
    /** QUIT's return code when the file has been changed. */
    static final int RC_FILE_CHANGED = 12;

    private FileCommands() {
    }

    /** XEDIT [fn ft [fm]] [(options]: adds a file to the ring (or makes it current); alone, the next file. */
    static int xedit(Editor e, String operands) {
        String spec = operands;
        int paren = spec.indexOf('(');
        String options = paren < 0 ? "" : spec.substring(paren + 1).toUpperCase(Locale.ROOT);
        spec = paren < 0 ? spec.strip() : spec.substring(0, paren).strip();
        if (spec.isEmpty()) {
            if (e.finished()) {
                return e.fail(Editor.RC_INVALID, XeditMessage.INCOMPLETE_FILEID);
            }
            List<EditFile> ring = e.ring();
            e.makeCurrent(ring.get((ring.indexOf(e.file()) + 1) % ring.size()));
            return Editor.RC_OK;
        }
        Optional<FileRef> parsed = FileRef.parse(spec, "*");
        if (parsed.isEmpty()) {
            return e.fail(Editor.RC_INVALID, spec.split("\\s+").length < 2 ? XeditMessage.INCOMPLETE_FILEID
                    : XeditMessage.INVALID_FILEID, spec.toUpperCase(Locale.ROOT));
        }
        FileRef ref = parsed.get();
        Optional<EditFile> already = e.inRing(ref);
        if (already.isPresent()) {
            e.makeCurrent(already.get());
            return Editor.RC_OK;
        }
        EditFile file;
        switch (e.files().read(ref)) {
            case FileStore.Read.Found found -> file = new EditFile(found.ref(), found.format(),
                    found.format() == RecordFormat.V ? Math.max(found.lrecl(), VARIABLE_LRECL) : found.lrecl(), found.lines(), false);
            case FileStore.Read.NotFound nf -> {
                FileRef placed = ref.modeLetter() == '*' ? ref.withMode(e.files().defaultMode()) : ref;
                String ft = ref.fileType();
                boolean variable = ft.equals("SCRIPT") || ft.equals("EXEC") || ft.equals("XEDIT");
                file = new EditFile(placed, variable ? RecordFormat.V : RecordFormat.F,
                        ft.equals("SCRIPT") ? 132 : variable ? 255 : 80, List.of(), true);
                e.message(XeditMessage.NEW_FILE.format());
            }
            case FileStore.Read.Failed failed -> {
                e.message(failed.message());
                return 28;
            }
        }
        e.addToRing(file);
        if (!options.contains("NOPROF")) {
            Macros.profile(e);
        }
        return Editor.RC_OK;
    }

    /** SAVE [fn [ft [fm]]]: writes the file; the ALT count starts again. */
    static int save(Editor e, String operands) {
        EditFile f = e.file();
        FileRef ref = operands.isBlank() ? f.ref() : otherName(e, f, operands);
        if (ref == null) {
            return Editor.RC_INVALID;
        }
        String failure = write(e, f, ref, f.texts());
        if (failure != null) {
            e.message(failure);
            return failure.contains("037E") ? 36 : 13;
        }
        f.rename(ref);
        f.saved();
        return Editor.RC_OK;
    }

    /** A fileid given to SAVE or FILE: missing parts come from the file's own. */
    private static FileRef otherName(Editor e, EditFile f, String operands) {
        String[] w = operands.strip().toUpperCase(Locale.ROOT).split("\\s+");
        String text = w[0] + " " + (w.length > 1 ? w[1] : f.ref().fileType()) + " " + (w.length > 2 ? w[2] : f.ref().fileMode());
        Optional<FileRef> ref = w.length > 3 ? Optional.empty() : FileRef.parse(text, f.ref().fileMode());
        if (ref.isEmpty()) {
            e.fail(Editor.RC_INVALID, XeditMessage.INVALID_FILEID, operands.strip().toUpperCase(Locale.ROOT));
            return null;
        }
        return ref.get();
    }

    /** FILE [fileid]: SAVE, then the file leaves the ring. */
    static int file(Editor e, String operands) {
        int rc = save(e, operands);
        if (rc == Editor.RC_OK) {
            e.removeCurrent();
        }
        return rc;
    }

    /** QUIT: the file leaves the ring, unless it has been changed since it was last saved. */
    static int quit(Editor e, String operands) {
        if (!operands.isBlank()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, operands.strip());
        }
        if (e.file().changed()) {
            return e.fail(RC_FILE_CHANGED, XeditMessage.FILE_CHANGED);
        }
        e.removeCurrent();
        return Editor.RC_OK;
    }

    /** QQUIT: the file leaves the ring, changes or not. */
    static int qquit(Editor e, String operands) {
        if (!operands.isBlank()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, operands.strip());
        }
        e.removeCurrent();
        return Editor.RC_OK;
    }

    /** CANCEL: QUIT for every file in the ring; changed files stay. */
    static int cancel(Editor e, String operands) {
        int rc = Editor.RC_OK;
        for (EditFile f : e.ring()) {
            e.makeCurrent(f);
            int r = quit(e, "");
            rc = Math.max(rc, r);
        }
        return rc;
    }

    /** GET [fn ft [fm] [first [count]]]: lines of a file (PUT's, without a fileid) go in after the current line. */
    static int get(Editor e, String operands) {
        String[] w = operands.strip().toUpperCase(Locale.ROOT).split("\\s+");
        FileRef ref = TEMPORARY;
        int at = 0;
        if (!operands.isBlank()) {
            if (w.length < 2) {
                return e.fail(Editor.RC_INVALID, XeditMessage.INCOMPLETE_FILEID);
            }
            boolean mode = w.length > 2 && !w[2].chars().allMatch(Character::isDigit);
            Optional<FileRef> parsed = FileRef.parse(w[0] + " " + w[1] + (mode ? " " + w[2] : ""), "*");
            if (parsed.isEmpty()) {
                return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_FILEID, operands.strip());
            }
            ref = parsed.get();
            at = mode ? 3 : 2;
        }
        Integer first = at < w.length ? Navigation.count(e, w[at], 1) : Integer.valueOf(1);
        Integer count = at + 1 < w.length ? Navigation.count(e, w[at + 1], Integer.MAX_VALUE) : Integer.valueOf(Integer.MAX_VALUE);
        if (first == null || count == null) {
            return Editor.RC_INVALID;
        }
        List<String> lines;
        switch (e.files().read(ref)) {
            case FileStore.Read.Found found -> lines = found.lines();
            case FileStore.Read.NotFound nf -> {
                return e.fail(28, XeditMessage.FILE_NOT_FOUND, ref);
            }
            case FileStore.Read.Failed failed -> {
                e.message(failed.message());
                return 28;
            }
        }
        int from = Math.min(Math.max(first, 1) - 1, lines.size());
        List<String> part = lines.subList(from, (int) Math.min(lines.size(), (long) from + count));
        EditFile f = e.file();
        f.setCurrent(f.insert(Math.min(f.current(), f.size()), part));
        e.alter(f);
        return Editor.RC_OK;
    }

    /** PUT [target [fn ft [fm]]]: the range's lines go to a file (appended when it exists), or aside for GET. */
    static int put(Editor e, String operands) {
        return put(e, operands, false);
    }

    /** PUTD: PUT, then the lines are deleted. */
    static int putDelete(Editor e, String operands) {
        return put(e, operands, true);
    }

    private static int put(Editor e, String operands, boolean delete) {
        EditFile f = e.file();
        LineRange r = LineRange.of(e, f, operands);
        if (r == null) {
            return Editor.RC_INVALID;
        }
        if (r.empty()) {
            return Editor.RC_TOF_EOF;
        }
        List<String> lines = Editing.copyOf(f, r);
        FileRef ref = TEMPORARY;
        if (!r.rest().isBlank()) {
            Optional<FileRef> parsed = FileRef.parse(r.rest(), "A1");
            if (parsed.isEmpty()) {
                return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_FILEID, r.rest().strip().toUpperCase(Locale.ROOT));
            }
            ref = parsed.get();
            if (e.files().read(ref) instanceof FileStore.Read.Found old) {
                List<String> all = new ArrayList<>(old.lines());
                all.addAll(lines);
                lines = all;
            }
        }
        String failure = e.files().write(ref, f.format(), f.lrecl(), lines);
        if (failure != null) {
            e.message(failure);
            return 13;
        }
        if (delete) {
            f.delete(r.first(), r.last());
            e.alter(f);
            f.setCurrent(r.first());
        } else {
            f.setCurrent(r.backward() ? r.first() : r.last());
        }
        return Editor.RC_OK;
    }

    /** HELP: the XEDIT HELPCMS file when a disk has it, else the subcommand list, as a file in the ring. */
    static int help(Editor e, String operands) {
        FileRef helpFile = new FileRef("XEDIT", "HELPCMS", "*");
        if (e.files().read(helpFile) instanceof FileStore.Read.Found) {
            return xedit(e, helpFile.toString() + " (NOPROF");
        }
        List<String> text = new ArrayList<>();
        text.add("XEDIT subcommands (the capital letters are the shortest abbreviation):");
        for (Subcommand s : Subcommand.values()) {
            text.add("  " + s.fullName());
        }
        text.add("Prefix commands: I In A An D Dn DD C CC M MM F P \" \"n \"\" < << > >> X XX S / .name");
        text.add("PF keys:");
        for (int n = 1; n <= 12; n++) {
            text.add(String.format("  PF%-2d %s", n, e.pfKey(n) == null ? "" : e.pfKey(n)));
        }
        EditFile help = new EditFile(new FileRef("XEDIT", "HELP", "A1"), RecordFormat.V, 80, text, false);
        e.addToRing(help);
        return Editor.RC_OK;
    }

    /** Writes a file's lines, with SET SERIAL's sequence numbers in columns 73-80 of an F 80 file. */
    static String write(Editor e, EditFile f, FileRef ref, List<String> lines) {
        List<String> out = lines;
        if (f.settings.serial != null && f.format() == RecordFormat.F && f.lrecl() >= 80) {
            out = new ArrayList<>(lines.size());
            long number = f.settings.serialStart;
            String id = f.settings.serial;
            for (String line : lines) {
                String digits = Long.toString(number);
                String serial = id + "0".repeat(Math.max(0, 8 - id.length() - digits.length())) + digits;
                out.add(Strings.pad(line, 72) + serial.substring(Math.max(0, serial.length() - 8)));
                number += f.settings.serialIncrement;
            }
        }
        return e.files().write(ref, f.format(), f.lrecl(), out);
    }

    /** SET AUTOSAVE's count was reached: the file is written aside as fn AUSAVE. */
    static void autosave(Editor e, EditFile f) {
        FileRef aside = new FileRef(f.ref().fileName(), "AUSAVE", f.ref().modeLetter() + "1");
        String failure = write(e, f, aside, f.texts());
        e.message(failure != null ? failure : XeditMessage.AUTOSAVED.format(aside));
    }
}
