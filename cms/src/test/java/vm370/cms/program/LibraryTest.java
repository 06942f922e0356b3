package vm370.cms.program;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.s370.storage.BigEndian;
import vm370.s370.text.Ebcdic;

/** The LIBPDS library format: header, members with end records, directory; MACRO files split by MACLIB GEN. */
class LibraryTest {

    private static Library.Member member(String name, String... lines) {
        return new Library.Member(List.of(name), Library.cards(List.of(lines)));
    }

    @Test
    void theFileHasHeaderMembersEndRecordsAndDirectoryAtTheEnd() {
        Library library = new Library(List.of(member("ONE", "         MACRO", "         ONE", "         MEND"),
                new Library.Member(List.of("TWO", "TWOENTRY"), Library.cards(List.of("X")))));
        List<byte[]> records = library.encode();
        assertEquals(1 + 4 + 2 + 1, records.size());
        byte[] header = records.get(0);
        assertEquals("LIBPDS", Ebcdic.CP037.decode(header, 0, 6));
        assertEquals(3 * 16, BigEndian.word(header, 8), "directory size in bytes");
        assertEquals(8, BigEndian.word(header, 12), "the directory's record number");
        assertArrayEquals(new byte[] {0x61, (byte) 0xFF, (byte) 0xFF, 0x61}, java.util.Arrays.copyOf(records.get(4), 4));
        byte[] directory = records.get(7);
        assertEquals("ONE     ", Ebcdic.CP037.decode(directory, 0, 8));
        assertEquals(2, BigEndian.word(directory, 12));
        assertEquals("TWOENTRY", Ebcdic.CP037.decode(directory, 32, 8));
        assertEquals(6, BigEndian.word(directory, 44));
        assertTrue(records.stream().allMatch(r -> r.length == 80));
    }

    @Test
    void decodingGivesBackTheMembersAndTheirNames() {
        Library library = new Library(List.of(member("A", "LINE 1", "LINE 2"), member("B")));
        Library back = Library.decode(library.encode()).orElseThrow();
        assertEquals(List.of("A", "B"), back.members().stream().map(Library.Member::name).toList());
        assertEquals(List.of("LINE 1", "LINE 2"), Library.lines(back.member("A").orElseThrow()));
        assertTrue(back.member("B").orElseThrow().records().isEmpty());
    }

    @Test
    void aFileThatIsNoLibraryOrHasABadDirectoryIsRefused() {
        assertTrue(Library.decode(List.of(new byte[80])).isEmpty());
        List<byte[]> records = new Library(List.of(member("A", "X"))).encode();
        BigEndian.putWord(records.get(0), 12, 99);
        assertTrue(Library.decode(records).isEmpty());
    }

    @Test
    void addingReplacesAMemberOfTheSameNameAndDeletingDropsIt() {
        Library library = new Library(List.of(member("A", "OLD"), member("B", "B")));
        Library added = library.with(List.of(member("A", "NEW")));
        assertEquals(List.of("NEW"), Library.lines(added.member("A").orElseThrow()));
        assertEquals(List.of("B"), added.without(List.of("A")).members().stream().map(Library.Member::name).toList());
    }

    @Test
    void aMacroFileSplitsIntoOneDefinitionPerPrototype() {
        List<MacroFile.Definition> defs = MacroFile.definitions(List.of(
                "* A COMMENT BEFORE",
                "         MACRO",
                ".* comment",
                "&L       FIRST &A",
                "         MACRO",
                "         INNER",
                "         MEND",
                "         MEND",
                "         MACRO",
                "         SECOND",
                "         MEND"));
        assertEquals(List.of("FIRST", "SECOND"), defs.stream().map(MacroFile.Definition::name).toList());
        assertEquals(7, defs.get(0).lines().size(), "the inner definition stays inside the outer one");
    }
}
