package vm370.cp.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command table, command by command: accepted abbreviations and too-short ones, privilege
 * classes (a command above the user's class is answered exactly as an unknown one), operand
 * errors, and responses that change nothing, byte for byte.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandTableTest {

    private CommandFixture fixture;

    /** One command line, who issues it, and CP's whole answer. */
    record Case(String user, String line, List<String> lines, int returnCode) {
        @Override
        public String toString() {
            return user + ": " + line;
        }
    }

    private static Case ok(String user, String line, String... lines) {
        return new Case(user, line, List.of(lines), 0);
    }

    private static Case error(String user, String line, String message) {
        return new Case(user, line, List.of(message), Integer.parseInt(message.substring(6, 9)));
    }

    static List<Case> cases() {
        return List.of(
                ok("ALICE", ""),
                ok("ALICE", "QUERY USERID", "ALICE AT TESTVM"),
                ok("ALICE", "q userid", "ALICE AT TESTVM"),
                ok("ALICE", "QUER USERID", "ALICE AT TESTVM"),
                error("ALICE", "QUERYX USERID", "DMKCFC001E ?CP: QUERYX"),
                error("ALICE", "Q", "DMKCQG026E OPERAND MISSING OR INVALID"),
                ok("ALICE", "Q PRIV", "PRIV = G"),
                ok("OPERATOR", "QUERY PRIVCLASS", "PRIV = ABCDEFG"),
                error("ALICE", "Q PRIVILEGE", "DMKCQG045E PRIVILEGE NOT LOGGED ON"),
                ok("ALICE", "Q BOB", "BOB      - 009"),
                ok("ALICE", "Q USERS BOB", "BOB      - 009"),
                error("ALICE", "Q CAROL", "DMKCQG045E CAROL NOT LOGGED ON"),
                ok("ALICE", "Q USERS", "003 USERS, 000 DIALED"),
                ok("ALICE", "Q N", "ALICE    - 009, BOB      - 009, OPERATOR - 009"),
                error("ALICE", "Q DASD", "DMKCQG045E DASD NOT LOGGED ON"),
                error("ALICE", "Q STORAGE", "DMKCQG045E STORAGE NOT LOGGED ON"),
                ok("OPERATOR", "Q STOR", "STORAGE = 08192K"),
                ok("OPERATOR", "Q DASD", "DASD VMSYS1 CP OWNED 3350 020 CYL", "DASD VMTD01 CP OWNED 3350 010 CYL"),
                ok("ALICE", "Q V STOR", "STORAGE = 01024K"),
                ok("ALICE", "QUERY VIRTUAL DASD", "DASD 191 3350 VMSYS1 R/W 002 CYL"),
                ok("BOB", "Q V 291", "DASD 291 3350 VMSYS1 R/O 002 CYL"),
                ok("ALICE", "Q V 00C", "RDR 00C CL * NOCONT NOHOLD EOF READY"),
                error("ALICE", "Q V 300", "DMKCQG040E DEV 300 DOES NOT EXIST"),
                error("ALICE", "Q V NONSENSE", "DMKCQG003E INVALID OPTION - NONSENSE"),
                ok("ALICE", "Q V CONS", "CONS 009 ON GRAF 009   TERM STOP",
                        "     009 CL T NOCONT NOHOLD COPY 01    READY", "     009 FOR ALICE   DIST ALICE"),
                ok("ALICE", "Q V", "STORAGE = 01024K", "RDR 00C CL * NOCONT NOHOLD EOF READY",
                        "PUN 00D CL A NOCONT NOHOLD COPY 01 READY", "     00D FOR ALICE DIST ",
                        "PRT 00E CL A NOCONT NOHOLD COPY 01 READY", "     00E FOR ALICE DIST ",
                        "DASD 191 3350 VMSYS1 R/W 002 CYL", "CONS 009 ON GRAF 009   TERM STOP",
                        "     009 CL T NOCONT NOHOLD COPY 01    READY", "     009 FOR ALICE   DIST ALICE"),
                ok("ALICE", "Q LOGMSG"),
                ok("ALICE", "Q CPLEVEL", "VM/370 Release 6 on TESTVM", "IPL AT " + "%IPL%"),
                ok("ALICE", "Q LINKS 191", "ALICE    191 R/W, BOB      291 R/O"),
                error("ALICE", "Q LINKS", "DMKCQG022E VADDR MISSING OR INVALID"),
                error("ALICE", "Q LINKS 192", "DMKCQG040E DEV 192 DOES NOT EXIST"),
                ok("ALICE", "Q SET", "MSG ON  , WNG ON  , EMSG TEXT, RUN OFF", "IMSG ON"),
                ok("ALICE", "Q PF03", "PF03 UNDEFINED"),
                ok("ALICE", "Q RDR", "NO RDR FILES"),
                error("ALICE", "SET", "DMKCFS026E OPERAND MISSING OR INVALID"),
                error("ALICE", "SET MSG", "DMKCFS026E OPERAND MISSING OR INVALID"),
                error("ALICE", "SET MSG MAYBE", "DMKCFS003E INVALID OPTION - MAYBE"),
                error("ALICE", "SET COLOUR ON", "DMKCFS003E INVALID OPTION - COLOUR"),
                error("ALICE", "SET EMSG LOUD", "DMKCFS003E INVALID OPTION - LOUD"),
                error("ALICE", "SE MSG OFF", "DMKCFC001E ?CP: SE"),
                error("ALICE", "M", "DMKMSG020E USERID MISSING OR INVALID"),
                error("ALICE", "MSG CAROL HELLO", "DMKMSG045E CAROL NOT LOGGED ON"),
                error("ALICE", "WNG BOB HELLO", "DMKCFC001E ?CP: WNG"),
                error("ALICE", "WARNING BOB HELLO", "DMKCFC001E ?CP: WARNING"),
                error("ALICE", "W BOB HELLO", "DMKCFC001E ?CP: W"),
                error("ALICE", "MSGNOH BOB HELLO", "DMKCFC001E ?CP: MSGNOH"),
                error("ALICE", "MSG ALL HELLO", "DMKMSG045E ALL NOT LOGGED ON"),
                error("ALICE", "SMSG BOB HELLO", "DMKMSG057W BOB NOT RECEIVING; SMSG OFF"),
                error("ALICE", "FORCE BOB", "DMKCFC001E ?CP: FORCE"),
                error("ALICE", "XAUTOLOG CAROL", "DMKCFC001E ?CP: XAUTOLOG"),
                error("ALICE", "AUTO CAROL CAROLPW", "DMKCFC001E ?CP: AUTO"),
                error("ALICE", "SHUTDOWN", "DMKCFC001E ?CP: SHUTDOWN"),
                error("OPERATOR", "SHUTDOW", "DMKCFC001E ?CP: SHUTDOW"),
                error("ALICE", "DRAIN 00E", "DMKCFC001E ?CP: DRAIN"),
                error("ALICE", "STA 00E", "DMKCFC001E ?CP: STA"),
                error("ALICE", "ST", "DMKCDB026E OPERAND MISSING OR INVALID"),
                error("ALICE", "DE 191", "DMKCFC001E ?CP: DE"),
                error("ALICE", "DET", "DMKVDD022E VADDR MISSING OR INVALID"),
                error("ALICE", "DETACH 333", "DMKVDD040E DEV 333 DOES NOT EXIST"),
                error("ALICE", "DEF", "DMKDEF026E OPERAND MISSING OR INVALID"),
                error("ALICE", "DEFINE READER", "DMKDEF022E VADDR MISSING OR INVALID"),
                error("ALICE", "DEFINE READER 00E", "DMKDEF092E DEV 00E ALREADY DEFINED"),
                ok("ALICE", "DEFINE T3350 1B1 CYL 5", "DASD 1B1 DEFINED"),
                error("ALICE", "DEFINE STORAGE 32M", "DMKDEF094E STORAGE EXCEEDS ALLOWED MAXIMUM"),
                error("ALICE", "LINK", "DMKLNK020E USERID MISSING OR INVALID"),
                error("ALICE", "LINK BOB 191", "DMKLNK022E VADDR MISSING OR INVALID"),
                error("BOB", "LINK TO NOBODY 191 AS 391 RR", "DMKLNK107E NOBODY 191 NOT LINKED; NOT IN CP DIRECTORY"),
                error("BOB", "LINK ALICE 192 392 RR", "DMKLNK111E ALICE 192 NOT LINKED; DASD 192 NOT IN CP DIRECTORY"),
                error("BOB", "LINK ALICE 191 291 RR", "DMKLNK110E ALICE 191 NOT LINKED; DASD 291 ALREADY DEFINED"),
                error("BOB", "LINK ALICE 191 391 W PASS=WRONG", "DMKLNK050E PASSWORD INCORRECT"),
                error("BOB", "LINK ALICE 191 391 W PASS= WRITEPW",
                        "DMKLNK106E ALICE 191 NOT LINKED; R/W BY ALICE ;R/O BY BOB"),
                error("BOB", "LINK ALICE 191 391 Q", "DMKLNK003E INVALID OPTION - Q"),
                error("ALICE", "I", "DMKCFG026E OPERAND MISSING OR INVALID"),
                error("ALICE", "IPL 00C BOGUS", "DMKCFG003E INVALID OPTION - BOGUS"),
                error("ALICE", "SYS", "DMKCFG026E OPERAND MISSING OR INVALID"),
                error("ALICE", "SYSTEM BOGUS", "DMKCFG003E INVALID OPTION - BOGUS"),
                error("ALICE", "SY RESET", "DMKCFC001E ?CP: SY"),
                error("ALICE", "B ZZ", "DMKCFG004E HEXLOC MISSING OR INVALID"),
                ok("ALICE", "D PSW", "PSW = 00000000  00000000"),
                ok("ALICE", "DISPLAY CAW", "CAW = 00000000"),
                ok("ALICE", "DISP CSW", "CSW = 00000000  00000000"),
                ok("ALICE", "D X0", "ECR  0 = " + String.format("%08X", 0xE0)),
                error("ALICE", "D", "DMKCDB026E OPERAND MISSING OR INVALID"),
                error("ALICE", "D G16", "DMKCDB006E REGISTER MISSING OR INVALID"),
                error("ALICE", "D Y1", "DMKCDB006E REGISTER MISSING OR INVALID"),
                error("ALICE", "D L200000", "DMKCDB004E HEXLOC MISSING OR INVALID"),
                error("ALICE", "STORE L100 XYZ", "DMKCDB009E HEXDATA MISSING OR INVALID"),
                error("ALICE", "IND QUEUES", "DMKTHI003E INVALID OPTION - QUEUES"),
                error("ALICE", "INDICATE USER BOB", "DMKTHI003E INVALID OPTION - BOB"),
                error("ALICE", "IN LOAD", "DMKCFC001E ?CP: IN"));
    }

    @BeforeAll
    void logon(@TempDir Path var) throws Exception {
        fixture = new CommandFixture(var);
    }

    @AfterAll
    void logoff() throws Exception {
        fixture.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCommandAnswersAsVm370(Case c) throws Exception {
        CommandResponse response = fixture.run(c.user(), c.line());
        if (c.lines().contains("IPL AT %IPL%")) {
            assertEquals(c.lines().getFirst(), response.lines().getFirst());
            assertTrue(response.lines().get(1).matches("IPL AT \\d\\d:\\d\\d:\\d\\d UTC [A-Z]+DAY \\d\\d/\\d\\d/\\d\\d"),
                    response.lines().get(1));
            return;
        }
        assertEquals(c.lines(), response.lines());
        assertEquals(c.returnCode(), response.returnCode());
    }
}
