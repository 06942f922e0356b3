package vm370.s370.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad source gets the right message on the right statement and the right return code, never a crash or a hang. */
class DiagnosticsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            L 1,NOWHERE                      | ASMA044E | 8  | Undefined symbol - NOWHERE
            LR 1,16                          | ASMA029E | 8  | Incorrect register specification - 16
            FROB 1,2                         | ASMA057E | 8  | Undefined operation code - FROB
            L 1,                             | ASMA041E | 8  | Term expected; text is unclassifiable -
            LR 1,2,3                         | ASMA173E | 8  | Too many operands - 1,2,3
            MVC 0(257,1),0(2)                | ASMA072E | 8  | Data item too large - 0(257,1)
            DC Q'1'                          | ASMA065E | 8  | Unknown type - Q'1'
            DC F'99999999999'                | ASMA072E | 8  | Data item too large - F'99999999999'
            DC C'OPEN                        | ASMA074E | 8  | Illegal syntax in expression - C'OPEN
            L 1,HERE(,                       | ASMA035S | 12 | Invalid delimiter - (,
            MNOTE 8,'STOP HERE'              | ASMA254E | 8  | *** MNOTE *** 8,STOP HERE
            EXTRN ,                          | ASMA147E | 8  | Symbol too long, or first character not a letter -
            """)
    void badStatementsAreFlaggedWithTheirMessage(String statement, String id, int returnCode, String text) {
        AssemblyResult result = Sources.assemble("HERE CSECT\n USING HERE,12\n " + statement + "\n END\n");
        assertEquals(returnCode, result.returnCode(), result.diagnostics().toString());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals(id, d.id());
        assertEquals(3, d.statement());
        assertEquals(text, d.text().strip());
        assertTrue(result.listing().contains("** " + d.message()), "the listing flags the statement");
    }

    @Test
    void anAddressWithoutAUsingIsAnAddressabilityError() {
        AssemblyResult result = Sources.assemble("A CSECT\n L 1,B\nB DC F'1'\n END\n");
        assertEquals(List.of("ASMA307E"), Sources.ids(result));
        assertEquals("No active USING for operand B", result.diagnostics().get(0).text());
    }

    @Test
    void anAddressBeyondTheUsingRangeSaysByHowMuch() {
        AssemblyResult result = Sources.assemble("A CSECT\n USING A,12\n L 1,B\n DS 4096X\nB DC F'1'\n END\n");
        assertEquals(List.of("ASMA034E"), Sources.ids(result));
        assertEquals("Operand B beyond active USING range by 5 bytes", result.diagnostics().get(0).text());
    }

    @Test
    void aDroppedBaseNoLongerResolves() {
        AssemblyResult result = Sources.assemble("A CSECT\n USING A,12\n L 1,A\n DROP 12\n L 1,A\n END\n");
        assertEquals(List.of("ASMA307E"), Sources.ids(result));
        assertEquals(5, result.diagnostics().get(0).statement());
    }

    @Test
    void aMacroWithoutMendIsSevereAndEndsTheInput() {
        AssemblyResult result = Sources.assemble(" MACRO\n NEVER\n DC F'1'\n");
        assertEquals(12, result.returnCode());
        assertTrue(Sources.ids(result).contains("ASMA158S"));
    }

    @Test
    void anEndlessAgoLoopStopsAtTheActrLimit() {
        AssemblyResult result = Sources.assemble("""
                         MACRO
                         SPIN
                .AGAIN   AGO   .AGAIN
                         MEND
                         CSECT
                         SPIN
                         END
                """);
        assertEquals(List.of("ASMA013S"), Sources.ids(result));
        assertEquals(12, result.returnCode());
    }

    @Test
    void aMacroThatCallsItselfForeverStopsAtTheNestingLimit() {
        AssemblyResult result = Sources.assemble(" MACRO\n SELF\n SELF\n MEND\n CSECT\n SELF\n END\n");
        assertTrue(Sources.ids(result).contains("ASMA018S"), result.diagnostics().toString());
    }

    @Test
    void aMacroThatDoublesItselfStopsAtTheStatementLimit() {
        AssemblyResult result = new Assembler(List.of(), 20_000).assemble("TWICE",
                List.of(" MACRO", " TWICE", " TWICE", " TWICE", " MEND", " CSECT", " TWICE", " END"));
        assertEquals(16, result.returnCode());
        assertTrue(Sources.ids(result).contains("ASMA020U"), result.diagnostics().toString());
    }

    @Test
    void aSetcThatDoublesItselfIsTruncatedNotUnbounded() {
        AssemblyResult result = Sources.assemble("""
                &C       SETC  'AB'
                .AGAIN   ANOP
                &C       SETC  '&C&C'
                         AIF   (K'&C LT 10000).AGAIN
                         CSECT
                         END
                """);
        assertTrue(Sources.ids(result).contains("ASMA019E"), result.diagnostics().toString());
    }

    @Test
    void aHugeDuplicationFactorIsRefused() {
        AssemblyResult result = Sources.assemble(" CSECT\n DC 16000000XL256'00'\n END\n");
        assertEquals(List.of("ASMA072E"), Sources.ids(result));
    }

    @Test
    void aBadNameIsIgnoredAndTheStatementStillAssembles() {
        AssemblyResult result = Sources.assemble(" CSECT\nA+B DC A(*)\nOK DC F'1'\n END\n");
        assertEquals(List.of("ASMA143E"), Sources.ids(result));
        byte[] image = vm370.s370.loader.Loader.link(List.of(result.objectDeck()), 0).image();
        assertEquals("0000000000000001", Sources.hex(image, 0, 8));
    }

    @Test
    void anUnnamedDsectIsAllowed() {
        assertEquals(0, Sources.assemble(" DSECT\nF DS F\nC CSECT\n END\n").returnCode());
    }

    @Test
    void aMissingEndIsAWarning() {
        AssemblyResult result = Sources.assemble(" CSECT\n LR 1,2\n");
        assertEquals(List.of("ASMA140W"), Sources.ids(result));
        assertEquals(4, result.returnCode());
    }

    @Test
    void aSymbolDefinedTwiceIsFlaggedAtTheSecondDefinition() {
        AssemblyResult result = Sources.assemble(" CSECT\nX DS F\nX DS F\n END\n");
        assertEquals(List.of("ASMA043E"), Sources.ids(result));
        assertEquals(3, result.diagnostics().get(0).statement());
    }

    @Test
    void aThousandGarbageLinesAreDiagnosedWithoutCrashOrHang() {
        List<String> garbage = garbage(1000);
        AssemblyResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new Assembler(List.of()).assemble("GARBAGE", garbage));
        assertTrue(result.returnCode() >= 8, "return code " + result.returnCode());
        assertFalse(Sources.ids(result).contains("ASMA999U"), () -> result.diagnostics().stream()
                .filter(d -> d.id().equals("ASMA999U")).toList().toString());
        assertTrue(result.statements() > 0);
        assertTrue(result.objectDeck().length % 80 == 0);
    }

    /** Deterministic nonsense: random characters, and known operations with random operands. */
    private static List<String> garbage(int lines) {
        Random random = new Random(370);
        String alphabet = "ABCXYZ019 '&()=,.*+-/LTKN\t#@$_";
        String[] operations = {"DC", "DS", "L", "MVC", "AIF", "AGO", "SETA", "SETC", "MACRO", "MEND", "EQU", "ORG",
            "USING", "DROP", "CSECT", "DSECT", "LTORG", "CNOP", "COPY", "ENTRY", "EXTRN", "MNOTE", "LCLA", "GBLC",
            "ANOP", "PRINT", "SPACE", "TITLE", "START", "BALR", "SRP", "BE", "MEXIT", "ACTR"};
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            StringBuilder line = new StringBuilder();
            if (random.nextBoolean()) {
                int length = random.nextInt(90);
                for (int k = 0; k < length; k++) {
                    line.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            } else {
                line.append(random.nextInt(4) == 0 ? "L" + i : "").append(" ");
                line.append(operations[random.nextInt(operations.length)]).append(' ');
                int length = random.nextInt(30);
                for (int k = 0; k < length; k++) {
                    line.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            out.add(line.toString());
        }
        return out;
    }
}
