package vm370.cms.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;
import vm370.s370.asm.Assembler;
import vm370.s370.asm.AssemblyResult;
import vm370.s370.asm.Diagnostic;
import vm370.s370.asm.MacroLibrary;
import vm370.s370.text.Ebcdic;

/**
 * ASSEMBLE fn [(options]: the project's assembler on {@code fn ASSEMBLE} from the accessed disks,
 * macros and COPY members from the GLOBAL MACLIBs, writing {@code fn TEXT A1} (the object deck)
 * and {@code fn LISTING A1}; flagged statements are typed, the return code is the assembly's.
 * Options: NODECK, NOLIST, NOTERM.
 * @vm370 DMSASM
 */
final class AssembleCommand {

    private final ProgramHost host;
    private final CmsFiles files;
    private final LibraryCommands libraries;

    AssembleCommand(ProgramHost host, CmsFiles files, LibraryCommands libraries) {
        this.host = host;
        this.files = files;
        this.libraries = libraries;
    }

    int assemble(String arguments) {
        Arguments a = Arguments.parse(arguments);
        String name = a.word(0);
        if (name.isEmpty()) {
            host.type("DMSASM001E NO FILENAME SPECIFIED");
            return 24;
        }
        Optional<CmsFiles.Located> source = files.find(name, "ASSEMBLE", a.word(2).isEmpty() ? "*" : a.word(2));
        if (source.isEmpty()) {
            host.type("DMSASM002E FILE '" + name + " ASSEMBLE' NOT FOUND");
            return 28;
        }
        if (!(files.records(source.get()) instanceof FsResult.Done<List<byte[]>> records)) {
            host.type("DMSASM104S ERROR READING FILE '" + source.get().fileId() + "' FROM DISK");
            return 100;
        }
        List<String> lines = records.value().stream().map(r -> Ebcdic.CP037.decode(r).stripTrailing()).toList();
        List<MacroLibrary> maclibs = new ArrayList<>();
        for (String lib : libraries.maclibs()) {
            libraries.read("ASM", lib, "MACLIB").ifPresent(l -> maclibs.add(members(l)));
        }
        AssemblyResult result = Assembler.withLibraries(maclibs).assemble(name, lines);
        if (!a.has("NOTERM")) {
            long flagged = result.diagnostics().stream().mapToInt(Diagnostic::statement).filter(s -> s > 0).distinct().count();
            for (Diagnostic d : result.diagnostics()) {
                host.type(d.statement() > 0 ? String.format("%6d %s", d.statement(), d.message()) : d.message());
            }
            if (flagged > 0) {
                host.type(String.format("%6d STATEMENTS FLAGGED IN THIS ASSEMBLY", flagged));
            }
        }
        FsResult<CmsDisk> disk = files.writableDisk('A');
        if (!(disk instanceof FsResult.Done<CmsDisk> d)) {
            return files.diskProblem("ASM", disk.code(), 'A');
        }
        if (!a.has("NODECK")) {
            List<byte[]> cards = new ArrayList<>();
            for (int at = 0; at + 80 <= result.objectDeck().length; at += 80) {
                cards.add(Arrays.copyOfRange(result.objectDeck(), at, at + 80));
            }
            FsCode code = CmsFiles.write(d.value(), FileId.of(name, "TEXT"), RecordFormat.F, 80, cards);
            if (code != FsCode.OK) {
                return files.diskProblem("ASM", code, 'A');
            }
        }
        if (!a.has("NOLIST")) {
            List<byte[]> listing = result.listing().lines().map(l -> Ebcdic.CP037.encode(l.isEmpty() ? " " : l)).toList();
            FsCode code = CmsFiles.write(d.value(), FileId.of(name, "LISTING"), RecordFormat.V, 0, listing);
            if (code != FsCode.OK) {
                return files.diskProblem("ASM", code, 'A');
            }
        }
        return result.returnCode();
    }

    /** A MACLIB as the assembler's macro library: members by name, read once per assembly. */
    private static MacroLibrary members(Library library) {
        Map<String, List<String>> byName = new HashMap<>();
        for (Library.Member m : library.members()) {
            for (String n : m.names()) {
                byName.putIfAbsent(n, Library.lines(m));
            }
        }
        return name -> Optional.ofNullable(byName.get(name));
    }
}
