package vm370.rscs.nje;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NodalMessageTest {

    @Test
    void aUserMessageStartsItsTextWithTheSender() {
        NodalMessage m = new NodalMessage(NodalMessage.Kind.USER_MESSAGE, "FUNET", "MAINT", "VM370", "ALICE", "HI");
        byte[] b = m.encode();
        assertEquals("20770C0A" + "C6E4D5C5E3404040" + "00" + "D4C1C9D5E3404040" + "E5D4F3F7F0404040" + "00"
                + "C1D3C9C3C5404040" + "C8C9", Hex.text(b));
        assertEquals(m, NodalMessage.decode(b, b.length).orElseThrow());
    }

    @Test
    void aCommandNamesWhoGetsTheReplies() {
        NodalMessage m = new NodalMessage(NodalMessage.Kind.COMMAND, "C", "ALICE", "A", "", "Q SYS");
        byte[] b = m.encode();
        assertEquals("A0770005", Hex.text(b).substring(0, 8));
        NodalMessage d = NodalMessage.decode(b, b.length).orElseThrow();
        assertEquals(NodalMessage.Kind.COMMAND, d.kind());
        assertEquals("ALICE", d.toUser());
        assertEquals("Q SYS", d.text());
    }

    @Test
    void aSystemMessageHasNoSender() {
        NodalMessage m = new NodalMessage(NodalMessage.Kind.SYSTEM_MESSAGE, "A", "ALICE", "C", "", "FILE SENT");
        byte[] b = m.encode();
        assertEquals("20770409", Hex.text(b).substring(0, 8));
        assertEquals(m, NodalMessage.decode(b, b.length).orElseThrow());
    }

    @Test
    void aRecordShorterThanItsHeaderIsRefused() {
        assertTrue(NodalMessage.decode(new byte[10], 10).isEmpty());
    }
}
