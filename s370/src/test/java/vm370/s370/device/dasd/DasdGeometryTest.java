package vm370.s370.device.dasd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DasdGeometryTest {

    @Test
    void trackSlotsMatchHerculesImages() {
        assertEquals(13312, DasdGeometry.D3330.trackSlot());
        assertEquals(19456, DasdGeometry.D3350.trackSlot());
        assertEquals(47616, DasdGeometry.D3380.trackSlot());
        assertEquals(56832, DasdGeometry.D3390.trackSlot());
        assertEquals(7680, DasdGeometry.D2314.trackSlot());
        assertEquals(0, DasdGeometry.D3370.trackSlot());
    }

    @Test
    void namesResolveWithModelsAndFb512() {
        assertEquals(DasdGeometry.D3330, DasdGeometry.byName("3330-11").orElseThrow());
        assertEquals(DasdGeometry.D3370, DasdGeometry.byName("fb-512").orElseThrow());
        assertEquals("3350", DasdGeometry.D3350.typeName());
        assertTrue(DasdGeometry.byName("2400").isEmpty());
    }
}
