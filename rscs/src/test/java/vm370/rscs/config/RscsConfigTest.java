package vm370.rscs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RscsConfigTest {

    private static RscsConfig valid(String text) {
        return assertInstanceOf(RscsConfig.Parsed.Valid.class, RscsConfig.parse(text.lines().toList())).config();
    }

    @Test
    void everyStatementIsRead() {
        RscsConfig c = valid("""
                * a comment
                LOCAL  A 1750
                LINK   B 127.0.0.1 1751
                LINK   D host.example 175 NOAUTO
                ROUTE  C B
                AUTH   alice
                HOPS   5
                RETRY  0.5 10
                """);
        assertEquals("A", c.localNode());
        assertEquals(1750, c.port());
        assertEquals(List.of(new LinkDefinition("B", "127.0.0.1", 1751, true),
                new LinkDefinition("D", "host.example", 175, false)), c.links());
        assertEquals(Map.of("B", "B", "C", "B", "D", "D"), c.routes());
        assertEquals(Set.of("ALICE"), c.authorized());
        assertEquals(5, c.hopLimit());
        assertEquals(Duration.ofMillis(500), c.retryFirst());
        assertEquals(Duration.ofSeconds(10), c.retryMost());
    }

    @Test
    void thePortDefaultsTo175() {
        assertEquals(175, valid("LOCAL A").port());
    }

    record Bad(String text, int line) { }

    @ParameterizedTest
    @ValueSource(strings = {"LINK B 127.0.0.1 1751", "LOCAL A\nFROB X", "LOCAL A\nLINK B host", "LOCAL A\nLINK B h 99999",
            "LOCAL A\nROUTE C B", "LOCAL TOOLONGNAME", "LOCAL A\nHOPS many"})
    void aBadFileNamesItsLine(String text) {
        RscsConfig.Parsed parsed = RscsConfig.parse(text.lines().toList());
        RscsConfig.Parsed.Invalid bad = assertInstanceOf(RscsConfig.Parsed.Invalid.class, parsed);
        assertEquals(true, bad.line() >= 1 && bad.line() <= text.lines().count(), bad.toString());
    }

    @Test
    void theSampleNetworkIsConsistent() throws Exception {
        Path net = Path.of("..", "samples", "net");
        RscsConfig vm370 = valid(Files.readString(net.resolveSibling("rscs.config")));
        RscsConfig node2 = valid(Files.readString(net.resolve("node2/rscs.config")));
        RscsConfig node3 = valid(Files.readString(net.resolve("node3/rscs.config")));
        for (RscsConfig c : List.of(vm370, node2, node3)) {
            for (LinkDefinition link : c.links()) {
                RscsConfig peer = List.of(vm370, node2, node3).stream().filter(p -> p.localNode().equals(link.node()))
                        .findFirst().orElseThrow();
                assertEquals(peer.port(), link.port(), c.localNode() + " reaches " + link.node() + " at its port");
                assertEquals(true, peer.links().stream().anyMatch(l -> l.node().equals(c.localNode())));
            }
        }
        assertEquals("NODE2", vm370.routes().get("NODE3"));
    }
}
