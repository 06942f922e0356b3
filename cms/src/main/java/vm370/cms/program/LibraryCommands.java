package vm370.cms.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;

/**
 * MACLIB and TXTLIB (GEN, ADD, DEL, LIST, COMP) and GLOBAL MACLIB/TXTLIB: libraries of macros from
 * {@code fn MACRO} and {@code fn COPY} files and of object decks from {@code fn TEXT} files, and the
 * lists of libraries that ASSEMBLE and LOAD search.
 * @vm370 DMSLBM
 */
final class LibraryCommands {

    /** The libraries GLOBAL names, in search order. */
    private List<String> maclibs = List.of();
    private List<String> txtlibs = List.of();
    private final ProgramHost host;
    private final CmsFiles files;

    LibraryCommands(ProgramHost host, CmsFiles files) {
        this.host = host;
        this.files = files;
    }

    List<String> maclibs() {
        return maclibs;
    }

    List<String> txtlibs() {
        return txtlibs;
    }

    /** The library file {@code name type}, read; empty (with the message typed) when missing or damaged. */
    Optional<Library> read(String module, String name, String type) {
        Optional<CmsFiles.Located> found = files.find(name, type, "*");
        if (found.isEmpty()) {
            host.type("DMS" + module + "002E FILE '" + name + " " + type + "' NOT FOUND");
            return Optional.empty();
        }
        Optional<Library> library = files.records(found.get()) instanceof FsResult.Done<List<byte[]>> d
                ? Library.decode(d.value()) : Optional.empty();
        if (library.isEmpty()) {
            host.type("DMS" + module + "047E FILE '" + found.get().fileId() + "' IS NOT A LIBRARY");
        }
        return library;
    }

    /** GLOBAL MACLIB|TXTLIB lib...: the named libraries (which must exist) become the search list. */
    int global(String arguments) {
        Arguments a = Arguments.parse(arguments);
        String type = a.word(0);
        if (!type.equals("MACLIB") && !type.equals("TXTLIB")) {
            host.type(type.isEmpty() ? "DMSGLB046E NO LIBRARY NAME SPECIFIED" : "DMSGLB014E INVALID FUNCTION '" + type + "'");
            return 24;
        }
        List<String> names = a.words().subList(1, a.words().size());
        for (String name : names) {
            if (files.find(name, type, "*").isEmpty()) {
                host.type("DMSGLB002E FILE '" + name + " " + type + "' NOT FOUND");
                return 28;
            }
        }
        if (type.equals("MACLIB")) {
            maclibs = List.copyOf(names);
        } else {
            txtlibs = List.copyOf(names);
        }
        return 0;
    }

    /** MACLIB or TXTLIB with GEN, ADD, REP, DEL, LIST or COMP. */
    int library(String type, String arguments) {
        Arguments a = Arguments.parse(arguments);
        String function = a.word(0);
        String name = a.word(1);
        String module = type.equals("MACLIB") ? "LBM" : "LBT";
        if (name.isEmpty() || !FileId.valid(name)) {
            host.type(function.isEmpty() ? "DMS" + module + "001E NO FUNCTION SPECIFIED"
                    : "DMS" + module + "046E NO LIBRARY NAME SPECIFIED");
            return 24;
        }
        List<String> operands = a.words().subList(2, a.words().size());
        return switch (function) {
            case "GEN" -> generate(module, type, name, Library.empty(), operands);
            case "ADD", "REP" -> read(module, name, type).map(lib -> generate(module, type, name, lib, operands)).orElse(28);
            case "DEL" -> read(module, name, type).map(lib -> store(module, type, name, lib.without(operands))).orElse(28);
            case "LIST" -> read(module, name, type).map(lib -> list(type, name, lib)).orElse(28);
            case "COMP" -> read(module, name, type).map(lib -> store(module, type, name, lib)).orElse(28);
            default -> {
                host.type("DMS" + module + "003E INVALID OPTION '" + function + "'");
                yield 24;
            }
        };
    }

    private int generate(String module, String type, String name, Library base, List<String> inputs) {
        List<Library.Member> added = new ArrayList<>();
        for (String input : inputs) {
            Optional<List<Library.Member>> members = type.equals("MACLIB") ? macroMembers(module, input)
                    : textMembers(module, input);
            if (members.isEmpty()) {
                return 28;
            }
            added.addAll(members.get());
        }
        return store(module, type, name, base.with(added));
    }

    private int store(String module, String type, String name, Library library) {
        FsResult<vm370.cms.fs.CmsDisk> disk = files.writableDisk('A');
        if (!(disk instanceof FsResult.Done<vm370.cms.fs.CmsDisk> d)) {
            return files.diskProblem(module, disk.code(), 'A');
        }
        FsCode code = CmsFiles.write(d.value(), FileId.of(name, type), RecordFormat.F, Library.RECORD, library.encode());
        return code == FsCode.OK ? 0 : files.diskProblem(module, code, 'A');
    }

    private int list(String type, String name, Library library) {
        host.type((type.equals("MACLIB") ? "MACRO" : "MEMBER") + "   INDEX  SIZE  (LIBRARY " + name + " " + type + ")");
        int index = 2;
        for (Library.Member m : library.members()) {
            String aliases = m.names().size() > 1 ? "  " + String.join(" ", m.names().subList(1, m.names().size())) : "";
            host.type(String.format(Locale.ROOT, "%-8s %05d %05d%s", m.name(), index, m.records().size(), aliases));
            index += m.records().size() + 1;
        }
        return 0;
    }

    /** The macros of {@code fn MACRO} (one member per definition, named by its prototype) or the member {@code fn COPY}. */
    private Optional<List<Library.Member>> macroMembers(String module, String fileName) {
        Optional<CmsFiles.Located> macro = files.find(fileName, "MACRO", "*");
        Optional<CmsFiles.Located> file = macro.isPresent() ? macro : files.find(fileName, "COPY", "*");
        if (file.isEmpty()) {
            host.type("DMS" + module + "002E FILE '" + fileName + " MACRO' NOT FOUND");
            return Optional.empty();
        }
        List<String> lines = sourceLines(file.get());
        if (macro.isEmpty()) {
            return Optional.of(List.of(new Library.Member(List.of(fileName), Library.cards(lines))));
        }
        return Optional.of(MacroFile.definitions(lines).stream()
                .map(d -> new Library.Member(List.of(d.name()), Library.cards(d.lines()))).toList());
    }

    /** One member per object deck of {@code fn TEXT}, named by its control sections and entries. */
    private Optional<List<Library.Member>> textMembers(String module, String fileName) {
        Optional<CmsFiles.Located> file = files.find(fileName, "TEXT", "*");
        if (file.isEmpty()) {
            host.type("DMS" + module + "002E FILE '" + fileName + " TEXT' NOT FOUND");
            return Optional.empty();
        }
        FsResult<List<byte[]>> records = files.records(file.get());
        if (!(records instanceof FsResult.Done<List<byte[]>> d)) {
            return Optional.empty();
        }
        List<Library.Member> members = new ArrayList<>();
        List<byte[]> deck = new ArrayList<>();
        for (byte[] card : d.value()) {
            deck.add(card);
            if (ObjectDecks.isEnd(card)) {
                members.add(ObjectDecks.member(deck, fileName));
                deck = new ArrayList<>();
            }
        }
        if (!deck.isEmpty()) {
            members.add(ObjectDecks.member(deck, fileName));
        }
        return Optional.of(members);
    }

    private List<String> sourceLines(CmsFiles.Located file) {
        return files.records(file) instanceof FsResult.Done<List<byte[]>> d
                ? d.value().stream().map(r -> vm370.s370.text.Ebcdic.CP037.decode(r).stripTrailing()).toList()
                : List.of();
    }
}
