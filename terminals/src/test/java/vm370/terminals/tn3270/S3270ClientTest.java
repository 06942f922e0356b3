package vm370.terminals.tn3270;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vm370.s370.text.Ebcdic;
import vm370.terminals.Display3270Terminal;
import vm370.terminals.DisplayInput;
import vm370.terminals.datastream.Command;
import vm370.terminals.datastream.FieldAttribute;
import vm370.terminals.datastream.OutboundRecord;
import vm370.terminals.datastream.WriteBuilder;
import vm370.terminals.screen.Screen;
import vm370.terminals.testing.Await;
import vm370.terminals.testing.RawPeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vm370.terminals.TerminalServer;
import vm370.terminals.TerminalServerConfig;
import vm370.terminals.bench.EchoApplication;
import vm370.terminals.testing.S3270;

/** The real x3270-suite s3270 client against the server, as model 2 and model 4, with and without TN3270E. */
@Timeout(120)
class S3270ClientTest {

    private TerminalServer server;

    @BeforeEach
    void start() throws Exception {
        server = TerminalServer.start(TerminalServerConfig.defaults().withPort(0), new EchoApplication());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "model {0}, TN3270E {1}")
    @CsvSource({"2, true, 24", "2, false, 24", "4, true, 43", "4, false, 43"})
    void s3270ReadsScreenFillsFieldsAndSendsPfKeysAndClear(int model, boolean tn3270e, int rows) throws Exception {
        try (S3270 s3270 = new S3270("-model", "3279-" + model)) {
            s3270.ok("Connect(" + (tn3270e ? "" : "N:") + "127.0.0.1:" + server.port() + ")");
            s3270.ok("Wait(10,InputField)");
            assertEquals(List.of(tn3270e ? "connected-tn3270e" : "connected-3270"), s3270.ok("Query(ConnectionState)"));
            S3270.Reply status = s3270.run("Query(Cursor1)");
            assertEquals(String.valueOf(rows), status.statusFields()[6], status.status());
            assertEquals("VM/370 TERMINAL ECHO", s3270.ok("Ascii1(1,2,1,20)").get(0));
            assertTrue(s3270.ok("Ascii1(8,1,1,80)").get(0).contains(rows + "X80"));
            assertTrue(s3270.ok("Ascii1(" + rows + ",2,1,20)").get(0).startsWith("PF3=END"));

            s3270.ok("String(\"hello world\")");
            s3270.ok("Tab()");
            s3270.ok("String(\"secret\")");
            s3270.ok("Enter()");
            s3270.ok("Wait(10,InputField)");
            assertEquals("YOU TYPED:  hello world", s3270.ok("Ascii1(6,2,1,23)").get(0));
            assertTrue(s3270.ok("Ascii1(7,2,1,60)").get(0).startsWith("HIDDEN LENGTH: 6  KEY: ENTER  SCREENS: 1"));

            s3270.ok("PF(5)");
            assertTrue(s3270.ok("Ascii1(7,2,1,60)").get(0).contains("KEY: PF5"));
            s3270.ok("PF(24)");
            assertTrue(s3270.ok("Ascii1(7,2,1,60)").get(0).contains("KEY: PF24"));
            s3270.ok("Clear()");
            s3270.ok("Wait(10,InputField)");
            assertTrue(s3270.ok("Ascii1(7,2,1,60)").get(0).contains("KEY: CLEAR"));
            assertEquals("YOU TYPED:", s3270.ok("Ascii1(6,2,1,23)").get(0).strip());

            s3270.ok("PF(3)");
            s3270.ok("Wait(10,Disconnect)");
        }
    }

    @ParameterizedTest(name = "TN3270E {0}")
    @CsvSource({"true", "false"})
    void dynamicTerminalReportsItsSizeInQueryReplies(boolean tn3270e) throws Exception {
        try (S3270 s3270 = new S3270("-model", "3279-5", "-tn", "IBM-DYNAMIC")) {
            s3270.ok("Connect(" + (tn3270e ? "" : "N:") + "127.0.0.1:" + server.port() + ")");
            s3270.ok("Wait(10,InputField)");
            String terminal = s3270.ok("Ascii1(8,1,1,80)").get(0);
            assertTrue(terminal.contains("IBM-DYNAMIC 27X132"), terminal);
            S3270.Reply status = s3270.run("Query(Cursor1)");
            assertEquals("27", status.statusFields()[6], status.status());
            assertEquals("132", status.statusFields()[7], status.status());
            assertTrue(s3270.ok("Ascii1(27,2,1,20)").get(0).startsWith("PF3=END"));
        }
    }

    @Test
    void s3270AsksForAnLuWithTheTerminalTypeSuffix() throws Exception {
        try (S3270 s3270 = new S3270("-model", "3278-2", "-tn", "IBM-3278-2@GRAF0C1")) {
            s3270.ok("Connect(N:127.0.0.1:" + server.port() + ")");
            s3270.ok("Wait(10,InputField)");
            assertTrue(s3270.ok("Ascii1(8,1,1,80)").get(0).contains("TERMINAL: GRAF0C1 IBM-3278-2 24X80 TN3270"));
        }
    }

    @Test
    void hostReadsModifiedAllAndBufferFromS3270AndErasesUnprotected() throws Exception {
        BlockingQueue<String> results = new LinkedBlockingQueue<>();
        try (TerminalServer host = TerminalServer.start(TerminalServerConfig.defaults().withPort(0), t -> {
            Display3270Terminal d = (Display3270Terminal) t;
            Screen mirror = d.screen();
            d.write(WriteBuilder.eraseWrite(80).at(0, 0).field(FieldAttribute.PROTECTED_INTENSIFIED).text("VM/370 ONLINE")
                    .at(2, 0).field(FieldAttribute.PROTECTED).text("USERID:").field(FieldAttribute.UNPROTECTED).insertCursor()
                    .at(2, 20).field(FieldAttribute.AUTOSKIP).build());
            results.add(describe(d.read(), d));
            d.write(new OutboundRecord.Read(Command.READ_MODIFIED_ALL));
            results.add(describe(d.read(), d));
            d.write(new OutboundRecord.Read(Command.READ_BUFFER));
            results.add(describe(d.read(), d) + " fields " + d.screen().fields().size() + " " + mirror.row(0, Ebcdic.CP037).strip());
            d.write(new OutboundRecord.EraseAllUnprotected());
            results.add(describe(d.read(), d));
        });
             S3270 s3270 = new S3270("-model", "3278-2")) {
            s3270.ok("Connect(127.0.0.1:" + host.port() + ")");
            s3270.ok("Wait(10,InputField)");
            s3270.ok("String(\"maint\")");
            s3270.ok("Enter()");
            assertEquals("ENTER maint", results.poll(10, TimeUnit.SECONDS));
            assertEquals("ENTER maint", results.poll(10, TimeUnit.SECONDS), "a read before keyboard restore repeats the AID");
            assertEquals("ENTER maint fields 4 VM/370 ONLINE", results.poll(10, TimeUnit.SECONDS));
            s3270.ok("Wait(10,Unlock)");
            assertEquals("", s3270.ok("Ascii1(3,10,1,10)").get(0).strip(), "EAU nulled the input field");
            s3270.ok("PF(7)");
            assertEquals("PF7 ", results.poll(10, TimeUnit.SECONDS));
        }
    }

    private static String describe(DisplayInput input, Display3270Terminal d) {
        if (!(input instanceof DisplayInput.Attention a)) {
            return input.toString();
        }
        Screen s = d.screen();
        return a.aid() + " " + s.fieldText(s.fieldAt(2 * 80 + 9), Ebcdic.CP037).strip();
    }

    @Test
    void garbageHalfOpenAndStalledPeersDoNotHurtAnS3270Session() throws Exception {
        server.close();
        server = TerminalServer.start(TerminalServerConfig.defaults().withPort(0)
                .withTimeouts(Duration.ofSeconds(2), Duration.ZERO, Duration.ofSeconds(2)), new EchoApplication());
        try (RawPeer halfOpen = new RawPeer(server.port());
             RawPeer garbage = new RawPeer(server.port());
             RawPeer stalled = new RawPeer(server.port(), 2048);
             S3270 s3270 = new S3270("-model", "3279-2")) {
            garbage.sendHex("fffb28fffa28ff07deadbeef");
            stalled.send(RawPeer.TN3270_NEGOTIATION);
            Thread flood = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < 100_000; i++) {
                        stalled.sendHex("7d4040ffef");
                    }
                } catch (java.io.IOException e) {
                    // dropped by the server, as it should be
                }
            });
            s3270.ok("Connect(127.0.0.1:" + server.port() + ")");
            s3270.ok("Wait(10,InputField)");
            for (int i = 0; i < 5; i++) {
                s3270.ok("String(\"round " + i + "\")");
                s3270.ok("Enter()");
                assertEquals("YOU TYPED:  round " + i, s3270.ok("Ascii1(6,2,1,30)").get(0).strip());
            }
            assertEquals(true, garbage.awaitClosed(Duration.ofSeconds(15)));
            assertEquals(true, halfOpen.awaitClosed(Duration.ofSeconds(15)));
            assertEquals(true, Await.until(() -> server.connectionCount() == 1, Duration.ofSeconds(30)), "only s3270 is left");
            s3270.ok("PF(5)");
            assertTrue(s3270.ok("Ascii1(7,2,1,60)").get(0).contains("KEY: PF5"));
            flood.join(Duration.ofSeconds(30));
        }
    }
}
