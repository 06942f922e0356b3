package vm370.s370.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** The standalone sample, assembled and written as an IPL deck, IPLs from the reader, types its line on the 3215 and stops. */
class IplRunTest {

    @Test
    void theHelloSampleIplsWritesToTheConsoleAndEndsInADisabledWait(@TempDir Path dir) throws IOException {
        AssemblyResult assembled = new Assembler(List.of()).assemble(Path.of("../samples/asm/hello.asm"));
        assertEquals(0, assembled.returnCode(), assembled.diagnostics().toString());
        Path deck = dir.resolve("hello.ipl");
        Files.write(deck, IplDeckWriter.write(Loader.linkAtAssembledAddress(List.of(assembled.objectDeck()))));
        StringBuilder console = new StringBuilder();
        RunResult result = BareRun.run(new BareRun.Options(1 << 20, List.of(), OptionalLong.empty(), deck,
                CardDeck.Format.AUTO, 100_000, List.of()), new ManualClock(0), new ByteArrayInputStream(new byte[0]), console);
        assertEquals("HELLO FROM A STANDALONE S/370 PROGRAM", console.toString().strip());
        assertEquals(RunResult.Stop.DISABLED_WAIT, result.stop());
        assertEquals(0, result.psw() & 0xFFFFFF, "wait code 0: the SIO was accepted");
    }
}
