package vm370.cms.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;
import vm370.s370.loader.LoadedProgram;
import vm370.s370.loader.Loader;
import vm370.s370.text.Ebcdic;

/**
 * LOAD, INCLUDE, START, GENMOD, LOADMOD and MODULE files run by name: TEXT decks (from TEXT files
 * or GLOBAL TXTLIBs, unresolved names searched for automatically) linked by {@link Loader} into
 * the user area, and the loaded program saved as, or restored from, a MODULE file.
 * @vm370 DMSLIO
 */
final class LoadCommands {

    private static final int MAX_AUTOLINK_ROUNDS = 64;

    private final ProgramHost host;
    private final CmsFiles files;
    private final LibraryCommands libraries;
    private final GuestMemory memory;
    private final ProgramRunner runner;
    private final List<byte[]> decks = new ArrayList<>();
    private int origin = ProgramRunner.USER_AREA;
    /** The program in storage now; null before the first LOAD. */
    private ProgramImage loaded;
    private String loadedName = "";

    LoadCommands(ProgramHost host, CmsFiles files, LibraryCommands libraries, GuestMemory memory, ProgramRunner runner) {
        this.host = host;
        this.files = files;
        this.libraries = libraries;
        this.memory = memory;
        this.runner = runner;
    }

    /** LOAD fn... (options CLEAR NOMAP START ORIGIN hex RESET entry NOAUTO NOLIBE) or INCLUDE fn... (the same, keeping what is loaded). */
    int load(String arguments, boolean include) {
        Arguments a = Arguments.parse(arguments);
        String module = "LIO";
        if (a.words().isEmpty()) {
            host.type("DMS" + module + "001E NO FILENAME SPECIFIED");
            return 24;
        }
        if (!include || loaded == null) {
            decks.clear();
            origin = ProgramRunner.USER_AREA;
            loadedName = a.word(0);
            if (!a.after("ORIGIN").isEmpty()) {
                try {
                    origin = Integer.parseInt(a.after("ORIGIN"), 16);
                } catch (NumberFormatException e) {
                    host.type("DMS" + module + "029E INVALID PARAMETER '" + a.after("ORIGIN") + "' IN THE OPTION 'ORIGIN' FIELD");
                    return 24;
                }
            }
        }
        for (String name : a.words()) {
            Optional<byte[]> deck = deck(name, !a.has("NOLIBE"));
            if (deck.isEmpty()) {
                host.type("DMS" + module + "002E FILE '" + name + " TEXT' NOT FOUND");
                if (!include) {
                    loaded = null;
                }
                return 28;
            }
            decks.add(deck.get());
        }
        LoadedProgram linked = link(!a.has("NOAUTO"), !a.has("NOLIBE"));
        if ((long) linked.origin() + linked.image().length > memory.machine().storageSize() || linked.origin() < 0) {
            host.type("DMSLIO109S VIRTUAL STORAGE CAPACITY EXCEEDED");
            loaded = null;
            return 104;
        }
        memory.put(linked.origin(), linked.image());
        int entry = linked.entry();
        if (!a.after("RESET").isEmpty()) {
            Integer reset = linked.symbols().get(a.after("RESET"));
            if (reset == null) {
                host.type("DMSLIO021E ENTRY POINT '" + a.after("RESET") + "' NOT FOUND");
                return 40;
            }
            entry = reset;
        }
        loaded = new ProgramImage(linked.origin(), linked.image(), entry, linked.symbols());
        linked.messages().forEach(host::type);
        if (!a.has("NOMAP")) {
            writeMap(linked);
        }
        int rc = linked.unresolved().isEmpty() ? 0 : 4;
        return a.has("START") ? start("") : rc;
    }

    /** START [entry|*] [arguments]: runs the loaded program. */
    int start(String arguments) {
        if (loaded == null) {
            host.type("DMSLIO001E NO FILES LOADED");
            return 40;
        }
        String[] parts = arguments.strip().split("\\s+", 2);
        String entryName = parts[0].toUpperCase(Locale.ROOT);
        int entry = loaded.entry();
        if (!entryName.isEmpty() && !entryName.equals("*")) {
            Integer named = loaded.symbols().get(entryName);
            if (named == null) {
                host.type("DMSLIO021E ENTRY POINT '" + entryName + "' NOT FOUND");
                return 40;
            }
            entry = named;
        }
        host.type("DMSLIO740I EXECUTION BEGINS...");
        return runner.run(loaded, entry, loadedName, parts.length > 1 ? parts[1] : "");
    }

    /** GENMOD [fn [MODULE [fm]]]: the loaded program, as it is in storage now, to {@code fn MODULE fm}. */
    int genmod(String arguments) {
        Arguments a = Arguments.parse(arguments);
        if (loaded == null) {
            host.type("DMSMOD001E NO FILES LOADED");
            return 40;
        }
        String name = a.word(0).isEmpty() ? loadedName : a.word(0);
        String mode = a.word(2).isEmpty() ? "A1" : a.word(2);
        char letter = mode.charAt(0);
        int number = mode.length() > 1 && Character.isDigit(mode.charAt(1)) ? mode.charAt(1) - '0' : 1;
        Optional<FileId> id = FileId.parse(name, "MODULE", Math.min(6, number));
        if (id.isEmpty()) {
            host.type("DMSMOD062E INVALID CHARACTER IN FILEID '" + name + " MODULE'");
            return 20;
        }
        FsResult<CmsDisk> disk = files.writableDisk(letter);
        if (!(disk instanceof FsResult.Done<CmsDisk> d)) {
            return files.diskProblem("MOD", disk.code(), letter);
        }
        byte[] image = memory.bytes(loaded.origin(), loaded.image().length);
        ProgramImage saved = new ProgramImage(loaded.origin(), image, loaded.entry(), loaded.symbols());
        FsCode code = CmsFiles.write(d.value(), id.get(), RecordFormat.V, 0, saved.encode());
        return code == FsCode.OK ? 0 : files.diskProblem("MOD", code, letter);
    }

    /** LOADMOD fn: brings {@code fn MODULE} into storage without running it. */
    int loadmod(String arguments) {
        Arguments a = Arguments.parse(arguments);
        if (a.words().isEmpty()) {
            host.type("DMSMOD001E NO FILENAME SPECIFIED");
            return 24;
        }
        Optional<Integer> problem = bringIn(a.word(0));
        if (problem.isEmpty()) {
            host.type("DMSMOD002E FILE '" + a.word(0) + " MODULE' NOT FOUND");
            return 28;
        }
        return problem.get();
    }

    /** Runs {@code name MODULE} from the search order with the arguments; empty when there is no such module. */
    Optional<Integer> runModule(String name, String arguments) {
        Optional<Integer> problem = bringIn(name.toUpperCase(Locale.ROOT));
        if (problem.isEmpty() || problem.get() != 0) {
            return problem;
        }
        return Optional.of(runner.run(loaded, loaded.entry(), loadedName, arguments));
    }

    /** Whether {@code name MODULE} is in the search order. */
    boolean hasModule(String name) {
        return files.find(name, "MODULE", "*").isPresent();
    }

    /** Reads a MODULE file into storage: empty when there is none, else 0 or the error's return code. */
    private Optional<Integer> bringIn(String name) {
        Optional<CmsFiles.Located> file = files.find(name, "MODULE", "*");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Optional<ProgramImage> image = files.records(file.get()) instanceof FsResult.Done<List<byte[]>> d
                ? ProgramImage.decode(d.value()) : Optional.empty();
        if (image.isEmpty()) {
            host.type("DMSMOD032E FILE '" + file.get().fileId() + "' IS NOT A MODULE FILE");
            return Optional.of(32);
        }
        ProgramImage program = image.get();
        if (program.origin() < ProgramRunner.EXIT || (long) program.origin() + program.image().length > memory.machine().storageSize()) {
            host.type("DMSMOD109S VIRTUAL STORAGE CAPACITY EXCEEDED");
            return Optional.of(104);
        }
        memory.put(program.origin(), program.image());
        loaded = program;
        loadedName = name;
        decks.clear();
        return Optional.of(0);
    }

    /** Links the decks, adding decks for unresolved names from TEXT files and TXTLIBs until none is found. */
    private LoadedProgram link(boolean autolink, boolean libraries) {
        LoadedProgram linked = Loader.link(decks, origin);
        for (int round = 0; round < MAX_AUTOLINK_ROUNDS && !linked.unresolved().isEmpty(); round++) {
            boolean added = false;
            for (String name : linked.unresolved()) {
                Optional<byte[]> deck = autolink ? deck(name, libraries) : libraries ? librarySearch(name) : Optional.empty();
                if (deck.isPresent()) {
                    decks.add(deck.get());
                    added = true;
                }
            }
            if (!added) {
                break;
            }
            linked = Loader.link(decks, origin);
        }
        return linked;
    }

    /** The deck {@code name TEXT}, or the TXTLIB member of that name. */
    private Optional<byte[]> deck(String name, boolean libraries) {
        Optional<CmsFiles.Located> text = files.find(name, "TEXT", "*");
        if (text.isPresent() && files.records(text.get()) instanceof FsResult.Done<List<byte[]>> d) {
            return Optional.of(ObjectDecks.join(d.value()));
        }
        return libraries ? librarySearch(name) : Optional.empty();
    }

    private Optional<byte[]> librarySearch(String name) {
        for (String lib : libraries.txtlibs()) {
            Optional<Library.Member> member = libraries.read("LIO", lib, "TXTLIB").flatMap(l -> l.member(name));
            if (member.isPresent()) {
                return Optional.of(ObjectDecks.join(member.get().records()));
            }
        }
        return Optional.empty();
    }

    /** LOAD MAP A5: one line per section and entry with its address. */
    private void writeMap(LoadedProgram linked) {
        if (!(files.writableDisk('A') instanceof FsResult.Done<CmsDisk> d)) {
            return;
        }
        List<byte[]> lines = new ArrayList<>();
        for (Map.Entry<String, Integer> e : linked.symbols().entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).toList()) {
            lines.add(Ebcdic.CP037.encode(String.format(Locale.ROOT, "%-8s %06X", e.getKey(), e.getValue())));
        }
        CmsFiles.write(d.value(), new FileId("LOAD", "MAP", 5), RecordFormat.V, 0, lines);
    }
}
