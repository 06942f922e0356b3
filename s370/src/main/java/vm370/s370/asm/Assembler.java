package vm370.s370.asm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The S/370 assembler (Assembler H / HLASM language for S/370 programs): source text in, listing
 * and object deck out. Instructions come from the one table, {@link vm370.s370.isa.Opcode}.
 * Macro libraries ({@link MacroLibrary}: folders of {@code NAME.macro} members, or CMS MACLIBs) are searched in order.
 */
public final class Assembler {

    /** Runaway generation (a macro calling itself twice per level) stops here instead of filling the heap. */
    static final int STATEMENT_LIMIT = 500_000;

    private final List<MacroLibrary> libraries;
    private final int statementLimit;

    public Assembler(List<Path> libraries) {
        this(libraries, STATEMENT_LIMIT);
    }

    Assembler(List<Path> libraries, int statementLimit) {
        this(statementLimit, libraries.stream().map(MacroLibrary::folder).toList());
    }

    private Assembler(int statementLimit, List<MacroLibrary> libraries) {
        this.libraries = List.copyOf(libraries);
        this.statementLimit = statementLimit;
    }

    /** An assembler whose macros and COPY members come from these libraries, searched in order. */
    public static Assembler withLibraries(List<MacroLibrary> libraries) {
        return new Assembler(STATEMENT_LIMIT, libraries);
    }

    /** Assembles a source file; an unreadable file is reported as a diagnostic with return code 16. */
    public AssemblyResult assemble(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.toString();
            Diagnostic d = new Diagnostic(0, "ASMA999U", Severity.UNRECOVERABLE, "Cannot read source file " + file + ": " + why);
            return new AssemblyResult(16, List.of(d), d.message() + "\n", new byte[0], 0);
        }
        return assemble(file.getFileName().toString(), lines);
    }

    /** Assembles source lines; {@code name} is what the listing calls the source. */
    public AssemblyResult assemble(String name, List<String> lines) {
        Assembly assembly = new Assembly();
        CodeGenerator generator = new CodeGenerator(assembly);
        try {
            new MacroProcessor(assembly, new SourceLoader(libraries), statementLimit).run(lines);
            assembly.finishPass1();
            generator.run();
            assembly.pass2 = false;
            checkEntries(assembly);
        } catch (RuntimeException e) {
            // A fault of ours, not of the source: say where, and fail the assembly rather than the caller.
            int at = assembly.statement == null ? 0 : assembly.statement.number;
            assembly.diagnose(at, Severity.UNRECOVERABLE, "ASMA999U", "Assembler internal error at statement " + at + ": " + e);
        }
        assembly.diagnostics.sort(Comparator.comparingInt(d -> d.statement() == 0 ? Integer.MAX_VALUE : d.statement()));
        List<List<Diagnostic>> byStatement = new ArrayList<>(assembly.statements.size() + 1);
        for (int i = 0; i <= assembly.statements.size(); i++) {
            byStatement.add(List.of());
        }
        int returnCode = 0;
        for (Diagnostic d : assembly.diagnostics) {
            if (d.statement() > 0 && d.statement() < byStatement.size()) {
                if (byStatement.get(d.statement()).isEmpty()) {
                    byStatement.set(d.statement(), new ArrayList<>(2));
                }
                byStatement.get(d.statement()).add(d);
            }
            returnCode = Math.max(returnCode, d.severity().returnCode());
        }
        String listing = new ListingWriter().write(assembly, name, byStatement);
        byte[] deck = objectDeck(assembly, generator);
        return new AssemblyResult(returnCode, List.copyOf(assembly.diagnostics), listing, deck, assembly.statements.size());
    }

    private static void checkEntries(Assembly assembly) {
        for (String entry : assembly.entries) {
            Symbol symbol = assembly.symbols.get(SourceText.upper(entry.strip()));
            if (symbol == null || !symbol.defined() || symbol.section == null || symbol.section.dummy) {
                assembly.diagnose(null, Message.ENTRY_ERROR, entry.strip());
            }
        }
    }

    private static byte[] objectDeck(Assembly assembly, CodeGenerator generator) {
        ObjectDeckWriter writer = new ObjectDeckWriter(assembly.deckId);
        List<ObjectDeckWriter.EsdItem> items = new ArrayList<>();
        for (Relocatable target : assembly.relocatables) {
            switch (target) {
                case Section s when !s.dummy ->
                        items.add(new ObjectDeckWriter.EsdItem(s.name, s.name.isEmpty() ? 0x04 : 0x00, s.esdId, s.origin, s.length()));
                case ExternalSymbol e -> items.add(new ObjectDeckWriter.EsdItem(e.name, e.weak ? 0x0A : 0x02, e.esdId, 0, 0));
                case Section s -> { }
                case null -> { }
            }
        }
        items.sort(Comparator.comparingInt(ObjectDeckWriter.EsdItem::esdId));
        for (String entry : assembly.entries) {
            Symbol symbol = assembly.symbols.get(SourceText.upper(entry.strip()));
            if (symbol != null && symbol.defined() && symbol.section != null && !symbol.section.dummy) {
                items.add(new ObjectDeckWriter.EsdItem(symbol.name, 0x01, 0, symbol.value(), symbol.section.esdId));
            }
        }
        writer.esd(items);
        for (Statement s : assembly.statements) {
            text(writer, s);
            if (!s.literals.isEmpty()) {
                for (Statement literal : s.literals) {
                    text(writer, literal);
                }
            }
        }
        writer.relocations(generator.relocations);
        writer.end(generator.entryAddress, generator.entryEsdId);
        return writer.bytes();
    }

    private static void text(ObjectDeckWriter writer, Statement s) {
        if (s.code != null && s.section != null && !s.section.dummy && s.code.length > 0) {
            writer.text(s.section.esdId, s.address(), s.code);
        }
    }
}
