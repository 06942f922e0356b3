package vm370.rscs;

import vm370.s370.time.Clock;

/** The TOD clock's value now (bit 51 is a microsecond, counted from 1900), for NJHGETS. */
final class Tod {

    private Tod() {
    }

    static long now() {
        return Clock.WALL.micros() << 12;
    }
}
