package vm370.s370.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DC operands of every type assemble to the bytes the HLASM Language Reference gives. */
class ConstantsTest {

    @ParameterizedTest(name = "DC {0}")
    @CsvSource(delimiter = '|', textBlock = """
            C'AB'                 | C1C2
            CL3'A'                | C14040
            CL1'XYZ'              | E7
            C'IT''S'              | C9E37DE2
            C'&&'                 | 50
            2C'A'                 | C1C1
            X'1F2'                | 01F2
            XL3'1'                | 000001
            XL1'ABCD'             | CD
            B'101'                | 05
            BL2'1'                | 0001
            F'-1'                 | FFFFFFFF
            F'1,2'                | 0000000100000002
            FL1'-1'               | FF
            H'256'                | 0100
            H'-2'                 | FFFE
            P'-123'               | 123D
            P'+1'                 | 1C
            PL3'5'                | 00005C
            P'1234'               | 01234C
            Z'-12'                | F1D2
            ZL4'3'                | F0F0F0C3
            E'1'                  | 41100000
            E'-0.5'               | C0800000
            E'100'                | 42640000
            E'0'                  | 00000000
            D'0.1'                | 401999999999999A
            D'-1'                 | C110000000000000
            L'1'                  | 41100000000000003300000000000000
            A(1,2)                | 0000000100000002
            AL1(255)              | FF
            AL2(X'1234')          | 1234
            Y(5)                  | 0005
            A(C'A')               | 000000C1
            A(B'11'*2+X'10'/4)    | 0000000A
            3XL2'1'               | 000100010001
            FS4'1'                | 00000010
            FE2'3'                | 0000012C
            HS-1'4'               | 0002
            F'2E3'                | 000007D0
            F'1.5'                | 00000002
            EE1'1'                | 41A00000
            """)
    void constantsAssembleToTheirBytes(String operand, String hex) {
        byte[] image = Sources.image(" CSECT\n DC " + operand + "\n END\n");
        assertEquals(hex, Sources.hex(image, 0, hex.length() / 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DC C'A',F'1'              | C1000000 00000001
            DC C'A',H'1'              | C1000001
            DC C'A',D'0'              | C100000000000000 0000000000000000
            DC C'A',FL2'1'            | C10001
            DS CL3\\n DC F'2'          | 000000 00 00000002
            """)
    void alignedTypesStartOnTheirBoundaryAndExplicitLengthsDoNot(String statements, String hex) {
        String compact = hex.replace(" ", "");
        byte[] image = Sources.image(" CSECT\n " + statements.replace("\\n", "\n") + "\n END\n");
        assertEquals(compact, Sources.hex(image, 0, compact.length() / 2));
    }
}
