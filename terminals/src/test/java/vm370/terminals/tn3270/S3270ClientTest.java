package vm370.terminals.tn3270;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
