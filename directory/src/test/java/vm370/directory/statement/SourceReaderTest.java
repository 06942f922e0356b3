package vm370.directory.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceReaderTest {

    private static String card(String text, char column72, String sequence) {
        return String.format("%-71s%c%s", text, column72, sequence);
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndLineNumbersKept() {
        List<SourceStatement> statements = SourceReader.read("* comment\n\nUSER A B\n  * not a comment\n");
        assertEquals(2, statements.size());
        assertEquals(3, statements.get(0).line());
        assertEquals("USER", statements.get(0).verb());
        assertEquals(4, statements.get(1).line());
        assertEquals("*", statements.get(1).verb());
    }

    @Test
    void nonblankColumn72ContinuesTheStatementOnTheNextLine() {
        String source = card("USER MAINT CPCMS", 'X', "00000010") + "\n" + "15M 16M ABCDEFGH\nIPL CMS\n";
        List<SourceStatement> statements = SourceReader.read(source);
        assertEquals(2, statements.size());
        assertEquals(List.of("USER", "MAINT", "CPCMS", "15M", "16M", "ABCDEFGH"),
                statements.get(0).tokens().stream().map(SourceStatement.Token::raw).toList());
        assertEquals(3, statements.get(1).line());
    }

    @Test
    void sequenceNumbersInColumns73To80AreIgnored() {
        List<SourceStatement> statements = SourceReader.read(card("IPL CMS", ' ', "00000020"));
        assertEquals(List.of("IPL", "CMS"), statements.get(0).tokens().stream().map(SourceStatement.Token::raw).toList());
    }

    @Test
    void aTokenSplitAtColumn71IsJoinedExactly() {
        String token = "A".repeat(60) + "B".repeat(30);
        String logical = "USER X " + token;
        String source = logical.substring(0, 71) + "+\n" + logical.substring(71) + "\n";
        assertEquals(token, SourceReader.read(source).get(0).raw(2));
    }
}
