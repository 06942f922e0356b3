package vm370.rscs.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TagTextTest {

    @Test
    void aUsersTagIsNodeAndUserid() {
        TagText t = TagText.parse("c bob", "RSCS", false).orElseThrow();
        assertEquals("C", t.node());
        assertEquals("BOB", t.user());
        assertTrue(t.forwarded().isEmpty());
        assertEquals("C", TagText.parse("C BOB 50", "RSCS", false).orElseThrow().node(), "a priority may follow");
    }

    @Test
    void aLeadingNameOfTheServiceMachineIsSkipped() {
        assertEquals("BOB", TagText.parse("RSCS C BOB", "RSCS", false).orElseThrow().user());
    }

    @Test
    void aTagWithoutNodeAndUseridGivesNothing() {
        assertEquals(Optional.empty(), TagText.parse("", "RSCS", false));
        assertEquals(Optional.empty(), TagText.parse("C", "RSCS", false));
        assertEquals(Optional.empty(), TagText.parse("NODENAMETOOLONG BOB", "RSCS", false));
    }

    @Test
    void whereAStoredFileCameFromIsReadOnlyFromRscssOwnFiles() {
        TagText.Forwarded from = new TagText.Forwarded("A", "ALICE", 12, 0xFEDCBA9876543210L, 2);
        String tag = TagText.stored("C", "BOB", from);
        assertEquals(from, TagText.parse(tag, "RSCS", true).orElseThrow().forwarded().orElseThrow());
        assertTrue(TagText.parse(tag, "RSCS", false).orElseThrow().forwarded().isEmpty(), "a user cannot forge an origin");
    }
}
