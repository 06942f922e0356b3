package vm370.cp.vio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.directory.model.Extent;
import vm370.directory.model.Volume;
import vm370.s370.device.dasd.DasdGeometry;

/** The T-disk space: first fit over the volumes of a type, freed extents joining their neighbours. */
class TemporaryDisksTest {

    private final Volume one = new Volume("TD0001", DasdGeometry.D3350, 10);
    private final Volume two = new Volume("TD0002", DasdGeometry.D3350, 10);
    private final Volume fba = new Volume("TD0003", DasdGeometry.D3370, 1000);
    private final TemporaryDisks space = new TemporaryDisks(List.of(one, two, fba));

    @Test
    void extentsComeFirstFitAfterTheLabelCylinderAndSpillToTheNextVolume() {
        assertEquals(new Extent(one, 1, 4), space.allocate(DasdGeometry.D3350, 4).orElseThrow());
        assertEquals(new Extent(one, 5, 9), space.allocate(DasdGeometry.D3350, 5).orElseThrow());
        assertEquals(new Extent(two, 1, 2), space.allocate(DasdGeometry.D3350, 2).orElseThrow());
        assertEquals(new Extent(fba, 16, 115), space.allocate(DasdGeometry.D3370, 100).orElseThrow());
        assertTrue(space.allocate(DasdGeometry.D3330, 1).isEmpty());
        assertTrue(space.allocate(DasdGeometry.D3350, 8).isEmpty());
        assertTrue(space.allocate(DasdGeometry.D3350, 0).isEmpty());
    }

    @Test
    void freedExtentsJoinTheirNeighboursSoALargerDiskFitsAgain() {
        Extent a = space.allocate(DasdGeometry.D3350, 3).orElseThrow();
        Extent b = space.allocate(DasdGeometry.D3350, 3).orElseThrow();
        Extent c = space.allocate(DasdGeometry.D3350, 3).orElseThrow();
        space.free(a);
        space.free(c);
        assertEquals(new Extent(two, 1, 5), space.allocate(DasdGeometry.D3350, 5).orElseThrow(), "no run of 5 on the first volume");
        space.free(b);
        assertEquals(new Extent(one, 1, 9), space.allocate(DasdGeometry.D3350, 9).orElseThrow(), "all three joined again");
        assertEquals(4, space.available(DasdGeometry.D3350));
    }
}
