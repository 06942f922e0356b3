package vm370.system.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SystemMeterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void ratesComeFromTheDifferenceBetweenTwoReadings() {
        var earlier = new SystemMeter.Reading(10 * SECOND, new long[] {0, SECOND}, 1_000_000, 5, 7, 3, 10, 1);
        var later = new SystemMeter.Reading(12 * SECOND, new long[] {SECOND, SECOND}, 51_000_000, 25, 8, 4, 12, 2);
        SystemLoad load = SystemMeter.between("VM370", earlier, later);
        assertEquals(List.of(50, 0), load.processorPercent(), "one busy second in two; an idle processor");
        assertEquals(25.0, load.mips(), 1e-9);
        assertEquals(10.0, load.pageInsPerSecond(), 1e-9);
        assertEquals(0.5, load.pageOutsPerSecond(), 1e-9);
        assertEquals(4, load.users());
        assertEquals(2, load.spoolFiles());
    }

    @Test
    void thePanelShowsEveryProcessorAndFitsEightyColumns() {
        SystemLoad load = new SystemLoad("VM370", List.of(35, 2, 100, 0), 12.345, 1.5, 0, 7, 12, 34);
        List<String> panel = load.panel();
        assertEquals("VM370     MIPS   12.35  CPU0  35%  CPU1   2%  CPU2 100%  CPU3   0%", panel.get(0));
        assertEquals("USERS 0007  STORAGE  12%  PAGING IN    1.5/S OUT    0.0/S  SPOOL 0034 FILES", panel.get(1));
        panel.forEach(line -> assertEquals(true, line.length() <= 80, line));
    }
}
