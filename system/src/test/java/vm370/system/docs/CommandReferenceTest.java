package vm370.system.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cms.nucleus.CommandTable;
import vm370.cms.xedit.Vocabulary;
import vm370.cp.command.CpCommandProcessor;
import vm370.cp.console.ConsoleSessions;
import vm370.rscs.command.CommandProcessor;
import vm370.system.boot.RunningSystem;

/**
 * The command reference in docs/ against the command tables the code runs with: every command has
 * an entry, every entry a command, each written with the table's minimum abbreviation (and, for CP,
 * its privilege classes). A new command fails here until docs/ describes it.
 */
class CommandReferenceTest {

    @TempDir
    Path dir;

    @Test
    void everyCpCommandHasAnEntryWithItsAbbreviationAndPrivilegeClasses() throws Exception {
        Files.writeString(dir.resolve("system.config"), "SYSTEM_IDENTIFIER DOCS\nSTORAGE 16M\nVOLUME DOCS01 3350 10\n");
        Files.writeString(dir.resolve("user.direct"), "USER OPERATOR OPERATOR 1M 4M ABCDEFG\n CONSOLE 009 3215\n");
        try (RunningSystem system = RunningSystem.ipl(new RunningSystem.Options(dir.resolve("system.config"),
                dir.resolve("var"), dir.resolve("user.direct"), RunningSystem.Start.COLD, List.of()));
             ConsoleSessions terminals = new ConsoleSessions(system.cp(), system.commands(), dir.resolve("var"))) {
            List<CpCommandProcessor.Listing> table = system.commands().listing();
            Map<String, String> documented = CommandReference.read("cp-commands.md").entries("Commands");
            List<String> problems = new ArrayList<>(CommandReference.drift(documented,
                    table.stream().map(CpCommandProcessor.Listing::syntax).toList()));
            for (CpCommandProcessor.Listing command : table) {
                String shown = documented.get(command.syntax());
                if (shown != null && !sameLetters(CommandReference.classes(shown), command.classes())) {
                    problems.add(command.syntax() + " shows class " + shown + ", the table has " + command.classes());
                }
            }
            assertEquals(List.of(), problems, "docs/cp-commands.md");
        }
    }

    @Test
    void everyCmsCommandHasAnEntryWithItsAbbreviation() throws Exception {
        List<String> table = CommandTable.standard().entries().stream()
                .map(e -> CommandReference.syntax(e.name(), e.abbreviation().length())).toList();
        Map<String, String> documented = CommandReference.read("cms-commands.md").entries("Commands");
        assertEquals(List.of(), CommandReference.drift(documented, table), "docs/cms-commands.md");
    }

    @Test
    void everyXeditSubcommandAndSetOperandHasAnEntryWithItsAbbreviation() throws Exception {
        CommandReference page = CommandReference.read("xedit-subcommands.md");
        List<String> problems = new ArrayList<>(CommandReference.drift(page.entries("Subcommands"),
                Vocabulary.subcommands().stream().map(k -> CommandReference.syntax(k.name(), k.minimum())).toList()));
        problems.addAll(CommandReference.drift(page.entries("SET and QUERY operands"),
                Vocabulary.settings().stream().map(k -> CommandReference.syntax(k.name(), k.minimum())).toList()));
        assertEquals(List.of(), problems, "docs/xedit-subcommands.md");
    }

    @Test
    void everyRscsCommandHasAnEntryWithItsAbbreviation() throws Exception {
        List<String> table = CommandProcessor.keywords().stream()
                .map(k -> CommandReference.syntax(k.name(), k.minimum())).toList();
        Map<String, String> documented = CommandReference.read("rscs-commands.md").entries("Commands");
        assertEquals(List.of(), CommandReference.drift(documented, table), "docs/rscs-commands.md");
    }

    @Test
    void aMissingEntryAWrongAbbreviationAndAStaleEntryAreEachReported() {
        CommandReference page = CommandReference.parse("""
                # Page
                ## Commands
                ### LISTfile
                ### Type
                ### OLDCMD
                ## Elsewhere
                ### ERase
                """);
        List<String> table = List.of(CommandReference.syntax("LISTFILE", 1), CommandReference.syntax("TYPE", 1),
                CommandReference.syntax("ERASE", 2));
        assertEquals(List.of("no entry for ERase", "no entry for Listfile",
                        "entry LISTfile names no command of the table (or its abbreviation differs)",
                        "entry OLDCMD names no command of the table (or its abbreviation differs)"),
                CommandReference.drift(page.entries("Commands"), table));
    }

    @Test
    void privilegeClassesAreReadAsTheTableWritesThem() {
        CommandReference page = CommandReference.parse("## Commands\n### LOGoff\n**Privilege class:** Any\n"
                + "### WArning\n**Privilege class:** A B\n");
        assertEquals("*", CommandReference.classes(page.entries("Commands").get("LOGoff")));
        assertEquals("AB", CommandReference.classes(page.entries("Commands").get("WArning")));
    }

    private static boolean sameLetters(String a, String b) {
        return a.chars().sorted().boxed().toList().equals(b.chars().sorted().boxed().toList());
    }
}
