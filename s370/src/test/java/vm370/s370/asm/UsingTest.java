package vm370.s370.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** USING: several bases, labeled USINGs, dependent USINGs; and literals placed by LTORG. */
class UsingTest {

    @Test
    void aSecondBaseRegisterCoversTheNextFourK() {
        byte[] image = Sources.image("""
                A        CSECT
                         USING A,11,12
                         L     1,FAR
                         DS    5000X
                FAR      DC    F'1'
                         END
                """);
        assertEquals("5810C38C", Sources.hex(image, 0, 4));
    }

    @Test
    void labeledUsingsResolveOnlyQualifiedSymbols() {
        byte[] image = Sources.image("""
                A        CSECT
                FIRST    USING AREA,5
                SECOND   USING AREA,6
                         MVC   FIRST.FIELD,SECOND.FIELD
                AREA     DSECT
                         DS    F
                FIELD    DS    CL4
                         END
                """);
        assertEquals("D20350046004", Sources.hex(image, 0, 6));
        AssemblyResult unqualified = Sources.assemble(
                "A CSECT\nFIRST USING AREA,5\n MVC FIELD,FIELD\nAREA DSECT\nFIELD DS CL4\n END\n");
        assertEquals(java.util.List.of("ASMA307E"), Sources.ids(unqualified));
    }

    @Test
    void aDependentUsingAddressesADsectThroughTheBaseOfItsContainer() {
        byte[] image = Sources.image("""
                A        CSECT
                         USING A,12
                         USING AREA,INSIDE
                         L     1,FIELD
                INSIDE   DS    0F
                         DS    F
                         DC    F'9'
                AREA     DSECT
                         DS    F
                FIELD    DS    F
                         END
                """);
        assertEquals("5810C008", Sources.hex(image, 0, 4));
    }

    @Test
    void literalsGoToTheNextLtorgOnceEach() {
        byte[] image = Sources.image("""
                A        CSECT
                         USING A,12
                         L     1,=F'5'
                         L     2,=F'5'
                         LH    3,=H'2'
                         LTORG
                         END
                """);
        assertEquals("5810C010" + "5820C010" + "4830C014" + "00000000" + "00000005" + "0002",
                Sources.hex(image, 0, 22));
    }
}
