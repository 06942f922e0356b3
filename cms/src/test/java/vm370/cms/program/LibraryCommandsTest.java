package vm370.cms.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MACLIB GEN/ADD/DEL/LIST and GLOBAL as a CMS user types them; ASSEMBLE finds the macros. */
class LibraryCommandsTest {

    private final TestHost host = TestHost.withBareMachine();

    private int command(String line) {
        host.typed.clear();
        return host.command(line);
    }

    @Test
    void maclibGenAddDelAndListKeepTheDirectoryInStep() {
        host.writeFile("MINE", "MACRO", List.of(
                "         MACRO", "&L       HELLO", "&L       WRTERM 'HELLO'", "         MEND",
                "         MACRO", "         BYE", "         BR    14", "         MEND"));
        host.writeFile("EQUS", "COPY", List.of("ONE      EQU   1"));
        assertEquals(0, command("MACLIB GEN MYLIB MINE"));
        assertEquals(0, command("MACLIB ADD MYLIB EQUS"));
        command("MACLIB LIST MYLIB");
        assertEquals("HELLO    00002 00004", host.typed.get(1));
        assertEquals(List.of("HELLO", "BYE", "EQUS"), host.typed.subList(1, 4).stream().map(l -> l.substring(0, 8).strip()).toList());
        assertEquals(0, command("MACLIB DEL MYLIB BYE"));
        command("MACLIB LIST MYLIB");
        assertEquals(3, host.typed.size());
    }

    @Test
    void assembleUsesTheGlobalMaclibsInOrder() {
        host.writeFile("MINE", "MACRO", List.of("         MACRO", "&L       HELLO", "&L       WRTERM 'HI'", "         MEND"));
        host.writeFile("EQUS", "COPY", List.of("ANSWER   EQU   42"));
        command("MACLIB GEN MYLIB MINE EQUS");
        host.writeFile("USEIT", "ASSEMBLE", List.of(
                "USEIT    CSECT", "         BALR  12,0", "         USING *,12", "         HELLO", "         COPY  EQUS",
                "         LA    15,ANSWER", "         BR    14", "         END"));
        assertEquals(12, command("ASSEMBLE USEIT"), "without GLOBAL the macro and the COPY member are unknown");
        assertTrue(host.typed.stream().anyMatch(l -> l.contains("ASMA057E")), host.typed.toString());
        assertEquals(0, command("GLOBAL MACLIB MYLIB CMSLIB"));
        assertEquals(0, command("ASSEMBLE USEIT"), () -> host.typed.toString());
        command("LOAD USEIT");
        assertEquals(42, command("START"));
        assertEquals("HI", host.typed.get(1));
    }

    @Test
    void globalOfAMissingLibraryIsRefusedAndKeepsTheOldList() {
        command("GLOBAL MACLIB CMSLIB");
        assertEquals(28, command("GLOBAL MACLIB NOSUCH"));
        assertEquals(List.of("DMSGLB002E FILE 'NOSUCH MACLIB' NOT FOUND"), host.typed);
        assertEquals(List.of("CMSLIB"), host.programs.globals("MACLIB"));
    }

    @Test
    void aMissingInputOrLibraryGetsFileNotFound() {
        assertEquals(28, command("MACLIB GEN X NOFILE"));
        assertEquals(List.of("DMSLBM002E FILE 'NOFILE MACRO' NOT FOUND"), host.typed);
        assertEquals(28, command("MACLIB LIST NOLIB"));
        assertEquals(28, command("ASSEMBLE NOSRC"));
        assertEquals(List.of("DMSASM002E FILE 'NOSRC ASSEMBLE' NOT FOUND"), host.typed);
    }
}
