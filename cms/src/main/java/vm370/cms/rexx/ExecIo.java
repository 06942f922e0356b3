package vm370.cms.rexx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The EXECIO command (VM/SP CMS Command Reference): DISKR, DISKW and CP, moving records between
 * files (or CP's response) and the program stack, a stem, or one variable. Keeps each open file's
 * read position between calls until FINIS. One instance per virtual machine.
 */
public final class ExecIo {

    /** The response of a CP command issued by EXECIO CP: its return code and its lines. */
    public record CpResponse(int returnCode, List<String> lines) {
    }

    static final int END_OF_FILE = 2;
    static final int BAD_OPERANDS = 24;
    static final int FILE_NOT_FOUND = 28;

    private final RecordFiles files;
    private final Function<String, CpResponse> cp;
    private final Map<String, Integer> readPositions = new HashMap<>();

    public ExecIo(RecordFiles files, Function<String, CpResponse> cp) {
        this.files = files;
        this.cp = cp;
    }

    /** The parsed options after the left parenthesis. */
    private record Options(boolean finis, String stem, String variable, boolean lifo, boolean skip, String string) {
    }

    /** Runs {@code EXECIO operands} (the command word removed); returns the return code. */
    public int run(String operands, ProgramStack stack, VariablePool variables, Consumer<String> console) {
        int paren = operands.indexOf('(');
        String[] words = (paren < 0 ? operands : operands.substring(0, paren)).trim().split(" +");
        Options options;
        try {
            options = options(paren < 0 ? "" : operands.substring(paren + 1));
        } catch (IllegalArgumentException bad) {
            console.accept("DMSEIO618E " + bad.getMessage());
            return BAD_OPERANDS;
        }
        if (words.length < 2) {
            console.accept("DMSEIO618E Invalid operand list");
            return BAD_OPERANDS;
        }
        int count = words[0].equals("*") ? -1 : wholeOrMinus(words[0]);
        if (count < -1 || (count == -1 && !words[0].equals("*"))) {
            console.accept("DMSEIO618E Invalid count " + words[0]);
            return BAD_OPERANDS;
        }
        String operation = words[1].toUpperCase(Locale.ROOT);
        return switch (operation) {
            case "DISKR", "DISKRU" -> diskRead(words, count, options, stack, variables, console);
            case "DISKW" -> diskWrite(words, count, options, stack, variables, console);
            case "CP" -> cpCommand(count, options, stack, variables, console);
            default -> {
                console.accept("DMSEIO618E Invalid operation " + words[1]);
                yield BAD_OPERANDS;
            }
        };
    }

    private static int wholeOrMinus(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -2;
        }
    }

    private static Options options(String text) {
        String[] w = text.trim().isEmpty() ? new String[0] : text.trim().split(" +");
        boolean finis = false;
        boolean lifo = false;
        boolean skip = false;
        String stem = null;
        String variable = null;
        String string = null;
        for (int i = 0; i < w.length; i++) {
            String o = w[i].toUpperCase(Locale.ROOT).replace(")", "");
            switch (o) {
                case "FINIS", "FINI", "FIN" -> finis = true;
                case "FIFO" -> lifo = false;
                case "LIFO" -> lifo = true;
                case "SKIP" -> skip = true;
                case "STEM" -> stem = argument(w, ++i, "STEM");
                case "VAR" -> variable = argument(w, ++i, "VAR");
                case "STRING" -> {
                    string = String.join(" ", Arrays.copyOfRange(w, i + 1, w.length));
                    i = w.length;
                }
                case "" -> { }
                default -> throw new IllegalArgumentException("Invalid option " + w[i]);
            }
        }
        return new Options(finis, stem, variable, lifo, skip, string);
    }

    private static String argument(String[] w, int i, String option) {
        if (i >= w.length) {
            throw new IllegalArgumentException("Option " + option + " needs a name");
        }
        return w[i].toUpperCase(Locale.ROOT);
    }

    /** The fileid of DISKR and DISKW: words 2-4 upper-cased, file mode A when none. */
    private record Fileid(String fn, String ft, String fm) {

        /** The fileid, or null (the message said) when the file type is missing. */
        static Fileid of(String[] words, Consumer<String> console) {
            if (words.length < 4) {
                console.accept("DMSEIO618E File identifier required");
                return null;
            }
            return new Fileid(words[2].toUpperCase(Locale.ROOT), words[3].toUpperCase(Locale.ROOT),
                    words.length > 4 ? words[4].toUpperCase(Locale.ROOT) : "A");
        }

        @Override
        public String toString() {
            return fn + " " + ft + " " + fm;
        }
    }

    private int diskRead(String[] words, int count, Options o, ProgramStack stack, VariablePool vars,
                         Consumer<String> console) {
        Fileid id = Fileid.of(words, console);
        if (id == null) {
            return BAD_OPERANDS;
        }
        Optional<List<String>> records = files.read(id.fn(), id.ft(), id.fm());
        if (records.isEmpty()) {
            console.accept("DMSEIO002E File " + id + " not found");
            return FILE_NOT_FOUND;
        }
        String key = id.toString();
        int position = words.length > 5 ? Math.max(1, wholeOrMinus(words[5])) : readPositions.getOrDefault(key, 1);
        List<String> all = records.get();
        List<String> got = new ArrayList<>();
        while ((count < 0 || got.size() < count) && position <= all.size()) {
            got.add(all.get(position - 1));
            position++;
        }
        readPositions.put(key, position);
        if (o.finis()) {
            readPositions.remove(key);
            files.close(id.fn(), id.ft(), id.fm());
        }
        if (!o.skip()) {
            deliver(got, o, stack, vars);
        }
        return count >= 0 && got.size() < count ? END_OF_FILE : 0;
    }

    private static void deliver(List<String> lines, Options o, ProgramStack stack, VariablePool vars) {
        if (o.stem() != null) {
            for (int i = 0; i < lines.size(); i++) {
                vars.set(o.stem() + (i + 1), lines.get(i));
            }
            vars.set(o.stem() + "0", Integer.toString(lines.size()));
        } else if (o.variable() != null) {
            if (!lines.isEmpty()) {
                vars.set(o.variable(), lines.getLast());
            }
        } else if (o.lifo()) {
            lines.forEach(stack::push);
        } else {
            lines.forEach(stack::queue);
        }
    }

    private int diskWrite(String[] words, int count, Options o, ProgramStack stack, VariablePool vars,
                          Consumer<String> console) {
        Fileid id = Fileid.of(words, console);
        if (id == null) {
            return BAD_OPERANDS;
        }
        int record = words.length > 5 ? Math.max(0, wholeOrMinus(words[5])) : 0;
        List<String> lines = new ArrayList<>();
        if (o.string() != null) {
            lines.add(o.string());
        } else if (o.variable() != null) {
            String v = vars.get(o.variable());
            lines.add(v == null ? o.variable() : v);
        } else if (o.stem() != null) {
            for (int i = 1; count < 0 || i <= count; i++) {
                String v = vars.get(o.stem() + i);
                if (v == null || (count < 0 && v.isEmpty())) {
                    break;
                }
                lines.add(v);
            }
        } else {
            while ((count < 0 || lines.size() < count) && stack.queued() > 0) {
                String line = stack.pull();
                if (count < 0 && line.isEmpty()) {
                    break;
                }
                lines.add(line);
            }
        }
        for (String line : lines) {
            files.write(id.fn(), id.ft(), id.fm(), record, line);
            if (record > 0) {
                record++;
            }
        }
        if (o.finis()) {
            files.close(id.fn(), id.ft(), id.fm());
        }
        return 0;
    }

    private int cpCommand(int count, Options o, ProgramStack stack, VariablePool vars, Consumer<String> console) {
        if (o.string() == null || o.string().isBlank()) {
            console.accept("DMSEIO618E EXECIO CP needs the STRING option");
            return BAD_OPERANDS;
        }
        CpResponse response = cp.apply(o.string());
        List<String> lines = count < 0 ? response.lines() : response.lines().subList(0, Math.min(count, response.lines().size()));
        deliver(new ArrayList<>(lines), o, stack, vars);
        return response.returnCode();
    }
}
