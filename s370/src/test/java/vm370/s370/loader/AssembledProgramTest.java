package vm370.s370.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.s370.asm.Assembler;
import vm370.s370.asm.AssemblyResult;
import vm370.s370.device.unitrecord.CardDeck;
import vm370.s370.machine.BareRun;
import vm370.s370.machine.RunResult;
import vm370.s370.time.ManualClock;

/** A self-checking guest program: assembled from text, linked, loaded and run on the CPU to a disabled wait. */
class AssembledProgramTest {

    @Test
    void anAssembledLoopWithLiteralsAndMacrosRunsToItsSuccessWait(@TempDir Path dir) throws IOException {
        AssemblyResult assembled = new Assembler(List.of()).assemble("PROG", """
                         MACRO
                &L       CHECK &A,&B
                &L       CLC   &A,&B
                         BNE   FAIL
                         MEND
                PROG     START X'1000'
                         BALR  12,0
                         USING *,12
                         SR    1,1
                         LA    2,10
                LOOP     AR    1,2                sum 10 down to 1
                         BCT   2,LOOP
                         L     3,=F'100'
                         A     3,=A(7)
                         MVC   OUT,=CL5'HELLO'
                         CHECK OUT(5),=C'HELLO'
                         ZAP   PACKED,=P'12'
                         AP    PACKED,=P'30'
                         CHECK PACKED,=PL3'42'
                         L     15,=V(PROG)
                         LPSW  DONE
                FAIL     LPSW  BAD
                         DS    0D
                DONE     DC    X'0002000000000000'
                BAD      DC    X'0002000000000BAD'
                OUT      DS    CL5
                PACKED   DS    PL3
                         LTORG
                         END   PROG
                """.lines().toList());
        assertEquals(0, assembled.returnCode(), assembled.diagnostics().toString());
        LoadedProgram program = Loader.link(List.of(assembled.objectDeck()), 0x1000);
        assertTrue(program.complete(), program.messages().toString());
        Path image = dir.resolve("prog.bin");
        Files.write(image, program.image());
        RunResult result = BareRun.run(new BareRun.Options(1 << 20, List.of(new BareRun.Load(image, 0x1000)),
                OptionalLong.of(program.entry()), null, CardDeck.Format.AUTO, 10_000, List.of()),
                new ManualClock(0), new ByteArrayInputStream(new byte[0]), new StringBuilder());
        assertEquals(RunResult.Stop.DISABLED_WAIT, result.stop());
        assertEquals(0, result.psw() & 0xFFFFFF, "wait code 0: every check passed");
        assertEquals(55, result.gpr()[1]);
        assertEquals(107, result.gpr()[3]);
        assertEquals(0x1000, result.gpr()[15], "V(PROG) resolved by the loader");
    }
}
