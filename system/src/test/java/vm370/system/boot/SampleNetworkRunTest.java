package vm370.system.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vm370.system.rscs.NetworkNode;

/**
 * {@code vm370 network}: NODE2 and NODE3 come up from samples/net with their RSCS CONFIG installed
 * at the first IPL and linked to each other; each operator line is routed by the node it names.
 */
@Tag("system")
@Timeout(300)
class SampleNetworkRunTest {

    @TempDir
    Path dir;

    @Test
    void bothNodesComeUpLinkedAndEachOperatorLineGoesToTheNodeItNames() throws Exception {
        Path net = SampleCopy.onFreePorts(dir.resolve("home")).resolve("samples/net");
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(typing);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(out, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return SampleNetwork.run(net, dir.resolve("var"), in, console, new PrintStream(err, true, StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertTrue(NetworkNode.await(() -> shown(out).contains("NODE2: DMKCPI959I MINIDISK RSCS     191 FORMATTED RSCS, 1 FILE ADDED")
                    && shown(out).contains("NODE3: DMKCPI966I INITIALIZATION COMPLETE"), 120_000), () -> shown(out));
            type(typing, "NODE2 QUERY NAMES", "NODE9 QUERY NAMES");
            assertTrue(NetworkNode.await(() -> shown(out).contains("NODE2: OPERATOR - 009, RSCS     - DSC"), 30_000), () -> shown(out));
            assertTrue(NetworkNode.await(() -> shown(err).contains("begin the line with the node it is for: NODE2 or NODE3"),
                    30_000), () -> shown(err));
            // The links come up by themselves, retrying until the peer listens: ask until NODE2 says so.
            boolean active = false;
            for (int ask = 0; ask < 45 && !active; ask++) {
                type(typing, "NODE2 SMSG RSCS QUERY LINKS");
                active = NetworkNode.await(() -> shown(out).lines().anyMatch(l -> l.startsWith("NODE2: ")
                        && l.contains("DMTCMX701I LINK NODE3    ACTIVE")), 2_000);
            }
            assertTrue(active, () -> shown(out));
        } finally {
            type(typing, "NODE2 SHUTDOWN", "NODE3 SHUTDOWN");
        }
        assertEquals(0, exit.get(120, TimeUnit.SECONDS));
        assertTrue(shown(out).contains("NODE3: DMKCKP961W SYSTEM SHUTDOWN COMPLETE"), () -> shown(out));
    }

    /** Lines typed at the shared operators' console. */
    private static void type(PipedOutputStream typing, String... lines) {
        try {
            typing.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            typing.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String shown(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
