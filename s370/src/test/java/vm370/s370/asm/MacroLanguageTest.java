package vm370.s370.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The macro language: parameters, SET symbols, branching, attributes, substrings, libraries and COPY. */
class MacroLanguageTest {

    @Test
    void keywordParametersTakeTheirDefaultsUnlessGiven() {
        byte[] image = Sources.image("""
                         MACRO
                         FILL  &V=7
                         DC    AL1(&V)
                         MEND
                         CSECT
                         FILL
                         FILL  V=9
                         END
                """);
        assertEquals("0709", Sources.hex(image, 0, 2));
    }

    @Test
    void anAifLoopGeneratesOneStatementPerIteration() {
        byte[] image = Sources.image("""
                         MACRO
                         COUNT &N
                         LCLA  &I
                .LOOP    ANOP
                &I       SETA  &I+1
                         DC    AL1(&I)
                         AIF   (&I LT &N).LOOP
                         MEND
                         CSECT
                         COUNT 4
                         END
                """);
        assertEquals("01020304", Sources.hex(image, 0, 4));
    }

    @Test
    void sublistsSyslistAndTheirCountsAreReachable() {
        byte[] image = Sources.image("""
                         MACRO
                         PICK  &L
                &N       SETA  N'&L
                &M       SETA  N'&SYSLIST
                         DC    AL1(&N,&L(3),&M,&SYSLIST(2))
                         MEND
                         CSECT
                         PICK  (4,5,6),9
                         END
                """);
        assertEquals("03060209", Sources.hex(image, 0, 4));
    }

    @Test
    void setcSubstringsConcatenationAndDuplicationBuildText() {
        byte[] image = Sources.image("""
                         MACRO
                         WORD  &W
                         LCLC  &C
                &C       SETC  '&W'(2,2).'-'.(2)'Z'
                         DC    C'&C'
                         MEND
                         CSECT
                         WORD  ABCD
                         END
                """);
        assertEquals("C2C360E9E9", Sources.hex(image, 0, 5));
    }

    @Test
    void attributesDescribeTheSymbolsDefinedSoFar() {
        byte[] image = Sources.image("""
                         MACRO
                         DESC  &S
                &K       SETA  K'&S
                         DC    C'&S',AL1(L'&S,&K)
                         AIF   (T'&S NE 'F').NOTF
                         DC    C'F'
                .NOTF    MEND
                         CSECT
                FIELD    DS    F
                         DESC  FIELD
                         END
                """);
        assertEquals("C6C9C5D3C40405C6", Sources.hex(image, 4, 8));
    }

    @Test
    void attributesOfSymbolsDefinedFurtherOnComeFromLookahead() {
        byte[] image = Sources.image("""
                         MACRO
                         KIND  &S
                &T       SETC  T'&S
                &L       SETA  L'&S
                         DC    C'&T',AL1(&L)
                         MEND
                         CSECT
                         USING *,12
                         KIND  LATER
                         KIND  CODE
                LATER    DS    PL3
                CODE     MVC   LATER,LATER
                         END
                """);
        assertEquals("D703" + "C906", Sources.hex(image, 0, 4));
    }

    @Test
    void globalsAndSubscriptedSetSymbolsKeepTheirValuesAcrossCalls() {
        byte[] image = Sources.image("""
                         MACRO
                         BUMP
                         GBLA  &G(3)
                &G(2)    SETA  &G(2)+5
                         MEND
                         GBLA  &G(3)
                         CSECT
                         BUMP
                         BUMP
                         DC    AL1(&G(2))
                         END
                """);
        assertEquals("0A", Sources.hex(image, 0, 1));
    }

    @Test
    void innerMacroCallsAndSysndxMakeUniqueLabels() {
        AssemblyResult result = Sources.assemble("""
                         MACRO
                         INNER
                L&SYSNDX DC    H'0'
                         MEND
                         MACRO
                         OUTER
                         INNER
                         INNER
                         MEND
                         CSECT
                         OUTER
                         END
                """);
        assertEquals(0, result.returnCode(), result.diagnostics().toString());
        assertTrue(result.listing().contains("+L0002"));
        assertTrue(result.listing().contains("+L0003"));
    }

    @Test
    void sysectNamesTheCurrentSectionAndEquTypesAreSeenByTypeAttributes() {
        byte[] image = Sources.image("""
                         MACRO
                         WHERE &S
                         DC    C'&SYSECT'
                         AIF   (T'&S NE 'Q').END
                         DC    C'Q'
                .END     MEND
                MYSECT   CSECT
                TYPED    EQU   5,1,C'Q'
                         WHERE TYPED
                         END
                """);
        assertEquals("D4E8E2C5C3E3D8", Sources.hex(image, 0, 7));
    }

    @Test
    void mexitLeavesTheMacroEarly() {
        byte[] image = Sources.image("""
                         MACRO
                         EARLY
                         DC    X'01'
                         MEXIT
                         DC    X'02'
                         MEND
                         CSECT
                         EARLY
                         DC    X'03'
                         END
                """);
        assertEquals("0103", Sources.hex(image, 0, 2));
    }

    @Test
    void openCodeConditionalAssemblySkipsForward() {
        byte[] image = Sources.image("""
                &DEBUG   SETB  0
                         CSECT
                         AIF   (NOT &DEBUG).SKIP
                         DC    X'EE'
                .SKIP    ANOP
                         DC    X'01'
                         END
                """);
        assertEquals("01", Sources.hex(image, 0, 1));
    }

    @Test
    void setValuesConvertBetweenArithmeticBinaryAndCharacters() {
        byte[] image = Sources.image("""
                         MACRO
                         CONV  &P
                         LCLA  &A,&K,&S
                         LCLB  &B,&F
                         LCLC  &C,&D,&T,&E
                &A       SETA  -3+10/2*2
                &B       SETB  (&A GT 5 AND 'AB' LT 'ABC' OR 0)
                &F       SETB  (1 XOR 1)
                &C       SETC  &A
                &D       SETC  '&B&F'
                &T       SETC  T'&A
                &E       SETC  T'&E
                &K       SETA  K'&D
                &S       SETA  &B+&D
                         AIF   ('&P' EQ 'X').DONE
                         DC    X'EE'
                .DONE    DC    C'&C&D&T&E',AL1(&K,&S)
                         MEND
                         CSECT
                         CONV  X
                         END
                """);
        assertEquals("F7F1F0D5D6020B", Sources.hex(image, 0, 7));
    }

    @Test
    void libraryMacrosAndCopyMembersComeFromTheFolder(@TempDir Path library) throws IOException {
        Files.writeString(library.resolve("TWICE.macro"), " MACRO\n TWICE &X\n DC X'&X&X'\n MEND\n");
        Files.writeString(library.resolve("EQUS.macro"), "SEVEN EQU 7\n");
        AssemblyResult result = new Assembler(List.of(library)).assemble("LIB",
                List.of(" CSECT", " COPY EQUS", " TWICE 5", " DC AL1(SEVEN)", " END"));
        assertEquals(0, result.returnCode(), result.diagnostics().toString());
        byte[] image = vm370.s370.loader.Loader.link(List.of(result.objectDeck()), 0).image();
        assertEquals("5507", Sources.hex(image, 0, 2));
    }

    @Test
    void aMissingCopyMemberIsSevere() {
        AssemblyResult result = Sources.assemble(" CSECT\n COPY NOSUCH\n END\n");
        assertEquals(12, result.returnCode());
    }
}
