package vm370.terminals.emulator;

import vm370.terminals.datastream.Aid;

/** What one key stroke means to the emulator: a character, an AID key, an editing key, or quit. */
sealed interface EmulatorKey {

    record Type(char character) implements EmulatorKey {
    }

    record AidKey(Aid aid) implements EmulatorKey {
    }

    record Edit(EditKey key) implements EmulatorKey {
    }

    record Quit() implements EmulatorKey {
    }

    /** The 3270's editing and cursor keys. */
    enum EditKey {
        TAB, BACK_TAB, HOME, NEW_LINE, LEFT, RIGHT, UP, DOWN, ERASE_EOF, ERASE_INPUT, DELETE, BACKSPACE, INSERT, RESET
    }
}
