package vm370.cms.rexx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The program stack: FIFO and LIFO order, and MAKEBUF/DROPBUF buffers as CMS has them. */
class ProgramStackTest {

    @Test
    void queueIsFirstInFirstOutAndPushGoesOnTop() {
        ProgramStack s = new ProgramStack();
        s.queue("a");
        s.queue("b");
        s.push("top");
        assertEquals(3, s.queued());
        assertEquals("top", s.pull());
        assertEquals("a", s.pull());
        assertEquals("b", s.pull());
        assertNull(s.pull());
    }

    @Test
    void queuedLinesGoBelowTheNewestBufferButAboveOlderOnes() {
        ProgramStack s = new ProgramStack();
        s.queue("old");
        assertEquals(1, s.makeBuffer());
        s.queue("new1");
        s.queue("new2");
        assertEquals("new1", s.pull());
        assertEquals("new2", s.pull());
        assertEquals("old", s.pull());
        assertEquals(0, s.bufferCount());
    }

    @Test
    void dropBufferRemovesTheNewestBufferAndItsLines() {
        ProgramStack s = new ProgramStack();
        s.queue("keep");
        s.makeBuffer();
        s.queue("drop me");
        s.push("me too");
        s.dropBuffer(0);
        assertEquals(1, s.queued());
        assertEquals("keep", s.pull());
    }
}
