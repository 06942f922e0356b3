package vm370.terminals.tn3270;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vm370.s370.text.Ebcdic;
import vm370.terminals.TerminalServer;
import vm370.terminals.TerminalServerConfig;
import vm370.terminals.bench.EchoApplication;
import vm370.terminals.screen.Screen;
import vm370.terminals.screen.TerminalType;
import vm370.terminals.testing.S3270;

/** TLS on the second port with a key store made by the JDK's keytool; LU names asked for by TN3270E clients. */
@Timeout(90)
class TlsAndLuNameTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String PASSWORD = "vm370-test";

    private static String row(Tn3270Client client, int row) {
        return client.withScreen(k -> {
            Screen s = k.screen();
            return s.row(row, Ebcdic.CP037);
        });
    }

    @TempDir
    static Path dir;
    private static Path store;
    private static Path certificate;

    /** One key store for the class: key generation is the slow part. */
    @BeforeAll
    static void keyStore() throws Exception {
        store = dir.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "vm370", "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        certificate = dir.resolve("server.pem");
        Process export = new ProcessBuilder(keytool.toString(), "-exportcert", "-rfc", "-alias", "vm370",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-file", certificate.toString())
                .redirectErrorStream(true).start();
        export.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(export.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, export.exitValue());
    }

    @Test
    void s3270ConnectsOverTlsAndVerifiesTheServerCertificate() throws Exception {
        TerminalServerConfig config = TerminalServerConfig.defaults().withPort(0)
                .withTls(new TerminalServerConfig.Tls(0, store, PASSWORD));
        try (TerminalServer server = TerminalServer.start(config, new EchoApplication());
             S3270 s3270 = new S3270("-model", "3279-2", "-cafile", certificate.toString())) {
            // s3270 4.1 matches the certificate by host name only (an IP literal fails), so connect to localhost.
            s3270.ok("Connect(L:localhost:" + server.tlsPort() + ")");
            s3270.ok("Wait(10,InputField)");
            assertEquals("VM/370 TERMINAL ECHO", s3270.ok("Ascii1(1,2,1,20)").get(0));
            assertTrue(s3270.ok("Query(Tls)").toString().contains("secure"), s3270.ok("Query(Tls)").toString());
            s3270.ok("String(\"over tls\")");
            s3270.ok("Enter()");
            assertEquals("YOU TYPED:  over tls", s3270.ok("Ascii1(6,2,1,30)").get(0).strip());
        }
    }

    /** Trusts exactly the generated certificate: the handshake is verified, not waved through. */
    private static SSLContext trusting(Path store) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    @Test
    void tlsPortServesTn3270eWithTheConfiguredKeyStore() throws Exception {
        TerminalServerConfig config = TerminalServerConfig.defaults().withPort(0)
                .withTls(new TerminalServerConfig.Tls(0, store, PASSWORD));
        try (TerminalServer server = TerminalServer.start(config, new EchoApplication());
             Tn3270Client secure = Tn3270Client.connect("127.0.0.1", server.tlsPort(),
                     Tn3270Client.Options.of(TerminalType.of(4, true, true)).withSocketFactory(trusting(store).getSocketFactory()));
             Tn3270Client plain = Tn3270Client.connect("127.0.0.1", server.port(), Tn3270Client.Options.of(TerminalType.of(2, false, false)))) {
            assertTrue(server.tlsPort() > 0 && server.tlsPort() != server.port());
            assertTrue(secure.awaitUnlocked(WAIT), String.valueOf(secure.closeReason()));
            assertTrue(row(secure, 0).startsWith(" VM/370 TERMINAL ECHO"));
            assertTrue(row(secure, 7).contains("43X80 TN3270E"), row(secure, 7));
            assertTrue(plain.awaitUnlocked(WAIT));
            assertTrue(row(plain, 7).contains("IBM-3278-2 24X80 TN3270"), row(plain, 7));
        }
    }

    @Test
    void plainClientOnTheTlsPortIsDroppedWithoutHurtingOthers() throws Exception {
        TerminalServerConfig config = TerminalServerConfig.defaults().withPort(0)
                .withTimeouts(Duration.ofSeconds(2), Duration.ZERO, Duration.ofSeconds(2))
                .withTls(new TerminalServerConfig.Tls(0, store, PASSWORD));
        try (TerminalServer server = TerminalServer.start(config, new EchoApplication());
             Tn3270Client wrong = Tn3270Client.connect("127.0.0.1", server.tlsPort(), Tn3270Client.Options.of(TerminalType.of(2, true, true)));
             Tn3270Client right = Tn3270Client.connect("127.0.0.1", server.port(), Tn3270Client.Options.of(TerminalType.of(2, true, true)))) {
            assertTrue(wrong.awaitClosed(WAIT));
            assertTrue(right.awaitUnlocked(WAIT));
        }
    }

    @Test
    void requestedLuNameIsGrantedOnceAndRefusedWhileInUse() throws Exception {
        try (TerminalServer server = TerminalServer.start(TerminalServerConfig.defaults().withPort(0), new EchoApplication());
             Tn3270Client first = Tn3270Client.connect("127.0.0.1", server.port(),
                     Tn3270Client.Options.of(TerminalType.of(2, true, true)).withLuName("ALICE01"))) {
            assertTrue(first.awaitUnlocked(WAIT));
            assertEquals("ALICE01", first.luName());
            assertTrue(row(first, 7).contains("TERMINAL: ALICE01"), row(first, 7));
            try (Tn3270Client second = Tn3270Client.connect("127.0.0.1", server.port(),
                    Tn3270Client.Options.of(TerminalType.of(2, true, true)).withLuName("ALICE01"))) {
                assertTrue(second.awaitClosed(WAIT));
                assertTrue(second.closeReason().contains("rejected, reason 1"), second.closeReason());
            }
            try (Tn3270Client bad = Tn3270Client.connect("127.0.0.1", server.port(),
                    Tn3270Client.Options.of(TerminalType.of(2, true, true)).withLuName("NOT A NAME"))) {
                assertTrue(bad.awaitClosed(WAIT));
                assertTrue(bad.closeReason().contains("rejected, reason 3"), bad.closeReason());
            }
            assertNull(first.closeReason());
        }
    }
}
