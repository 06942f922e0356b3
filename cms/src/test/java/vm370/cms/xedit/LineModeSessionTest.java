package vm370.cms.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XEDIT's line-mode subset on a 3215: subcommands typed a line at a time, the current line verified. */
class LineModeSessionTest {

    private static final class Typewriter implements LineConsole {
        final Deque<String> typed = new ArrayDeque<>();
        final List<String> printed = new ArrayList<>();

        Typewriter(String... lines) {
            typed.addAll(List.of(lines));
        }

        @Override
        public void write(String line) {
            printed.add(line);
        }

        @Override
        public String read() {
            return typed.poll();
        }
    }

    @Test
    void subcommandsVerifyTheCurrentLineAndInputModeEndsOnANullLine() {
        EditorFixture x = new EditorFixture();
        x.edit("FIRST\nSECOND");
        Typewriter t = new Typewriter("next", "c/FIRST/1ST/", "input", "new one", "new two", "", "quit", "file");
        assertTrue(new LineModeSession(x.editor, t).run());
        assertEquals(List.of("XEDIT:", "FIRST", "1ST", "INPUT:", "XEDIT:",
                "DMSXSU577E File has been changed; type QQUIT to quit anyway"), t.printed);
        assertEquals(List.of("1ST", "NEW ONE", "NEW TWO", "SECOND"), x.onDisk("TEST", "DATA"));
    }

    @Test
    void aConsoleThatGoesAwayEndsTheSession() {
        EditorFixture x = new EditorFixture();
        x.edit("ONE");
        assertFalse(new LineModeSession(x.editor, new Typewriter("top")).run());
    }

    @Test
    void messagesShowAsTheUsersSetEmsgEditsThem() {
        EditorFixture x = new EditorFixture(4000, new EditorHost() {
            @Override
            public String editMessage(String message) {
                return message.substring(11);
            }
        });
        x.edit("ONE");
        Typewriter t = new Typewriter("/NOWHERE/", "qquit");
        assertTrue(new LineModeSession(x.editor, t).run());
        assertEquals(List.of("XEDIT:", "Target not found"), t.printed);
    }
}
