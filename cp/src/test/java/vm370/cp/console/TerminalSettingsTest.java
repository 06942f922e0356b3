package vm370.cp.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vm370.cp.vm.MessageEditing;

class TerminalSettingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Q T#Q N|Q T,Q N",
        "QUERX@Y TIME|QUERY TIME",
        "GARBAGE\u00a2QUERY TIME|QUERY TIME",
        "MSG BOB 1\"#2|MSG BOB 1#2",
        "MSG BOB A\"@B|MSG BOB A@B",
        "#CP Q T|,CP Q T",
        "@@@X|X"})
    void defaultEditingSplitsAndCorrectsLogicalLines(String typed, String lines) {
        assertEquals(List.of(lines.split(",", -1)), new TerminalSettings().edit(typed));
    }

    @Test
    void terminalOptionsChangeTheEditingCharactersAndOffDisablesThem() {
        TerminalSettings settings = new TerminalSettings();
        assertNull(settings.set(List.of("LINEND", ";")));
        assertNull(settings.set(List.of("CHARDEL", "OFF")));
        assertEquals(List.of("A#B@", "C"), settings.edit("A#B@;C"));
        assertEquals("Q T", settings.cpPrefix(";CP Q T"));
        assertNull(settings.cpPrefix("#CP Q T"), "the prefix is LINEND then CP");
        assertNull(settings.set(List.of("LINEND", "ON")));
        assertEquals(List.of("A", "B"), settings.edit("A#B"));
    }

    @Test
    void badTerminalOptionsAreNamedBack() {
        TerminalSettings settings = new TerminalSettings();
        assertEquals("LINEND", settings.set(List.of("LINEND")));
        assertEquals("XY", settings.set(List.of("LINEND", "XY")));
        assertEquals("FROB", settings.set(List.of("FROB", "ON")));
        assertEquals("X", settings.set(List.of("MORE", "10", "X")));
        assertEquals("", settings.set(List.of()));
    }

    @Test
    void queryTerminalShowsTheLogonDefaults() {
        assertEquals(List.of("LINEND  # , LINEDEL  \u00a2 , CHARDEL  @ , ESCAPE  \" , TABCHAR ON",
                "LINESIZE 080, ATTN OFF, APL OFF, TEXT OFF, MODE VM, HILIGHT OFF",
                "AUTOCR OFF, MORE 050 010, HOLD ON , TIMESTAMP OFF"), new TerminalSettings().query());
        TerminalSettings settings = new TerminalSettings();
        assertNull(settings.set(List.of("MORE", "5", "2")));
        assertNull(settings.set(List.of("HOLD", "OFF")));
        assertEquals("AUTOCR OFF, MORE 005 002, HOLD OFF, TIMESTAMP OFF", settings.query().get(2));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "DMKCFC001E ?CP: FORCE|TEXT|?CP: FORCE",
        "DMKCFC001E ?CP: FORCE|ON|DMKCFC001E ?CP: FORCE",
        "DMKCFC001E ?CP: FORCE|CODE|DMKCFC001E",
        "DMKLNK101W DASD 191 FORCED R/O|TEXT|DASD 191 FORCED R/O",
        "DMSFOR603R FORMAT WILL ERASE|TEXT|DMSFOR603R FORMAT WILL ERASE",
        "TIME IS 10:00:00 GMT|TEXT|TIME IS 10:00:00 GMT"})
    void setEmsgEditsCpMessagesButNeverResponsesOrReplies(String line, MessageEditing editing, String shown) {
        assertEquals(shown, TerminalSession.edited(line, editing));
    }

    @Test
    void setEmsgOffDropsTheMessage() {
        assertNull(TerminalSession.edited("DMKCFC001E ?CP: FORCE", MessageEditing.OFF));
    }
}
