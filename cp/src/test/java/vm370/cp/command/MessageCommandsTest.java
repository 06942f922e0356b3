package vm370.cp.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.vm.ConsoleOutput;

/** MSG, WNG, MSGNOH and SMSG arrive on the target's console as VM/370 shows them, or are refused and lost. */
class MessageCommandsTest {

    private static final String TIME = "\\d\\d:\\d\\d:\\d\\d";

    @TempDir
    Path var;
    private CommandFixture fixture;

    @BeforeEach
    void logon() throws Exception {
        fixture = new CommandFixture(var);
    }

    @AfterEach
    void logoff() throws Exception {
        fixture.close();
    }

    @Test
    void aMessageArrivesAsItsTimeThenTheSenderPaddedToEightWithTheTextAsTyped() throws Exception {
        CommandResponse response = fixture.run("ALICE", "msg bob Lunch at  noon?");
        assertEquals(List.of(), response.lines());
        assertEquals(0, response.returnCode());
        List<String> bob = fixture.console("BOB");
        assertEquals(2, bob.size(), bob.toString());
        assertTrue(bob.get(0).matches(TIME), bob.get(0));
        assertEquals("MSG FROM ALICE   :  Lunch at  noon?", bob.get(1));
    }

    @Test
    void messageToStarComesBackAndOperatorReachesTheSystemOperator() throws Exception {
        fixture.run("ALICE", "M * note to self");
        fixture.run("ALICE", "MESSAGE OP disk full");
        assertEquals("MSG FROM ALICE   :  note to self", fixture.console("ALICE").get(1));
        assertEquals("MSG FROM ALICE   :  disk full", fixture.console("OPERATOR").get(1));
    }

    @Test
    void setMsgOffRefusesMessagesWithoutSavingThemAndOnTakesThemAgain() throws Exception {
        assertEquals(0, fixture.run("BOB", "SET MSG OFF").returnCode());
        assertEquals(List.of("MSG OFF , WNG ON  , EMSG TEXT, RUN OFF", "IMSG ON"), fixture.run("BOB", "Q SET").lines());
        CommandResponse refused = fixture.run("ALICE", "MSG BOB are you there");
        assertEquals(List.of("DMKMSG057W BOB NOT RECEIVING; MSG OFF"), refused.lines());
        assertEquals(57, refused.returnCode());
        fixture.run("BOB", "SET MSG ON");
        fixture.run("ALICE", "MSG BOB now?");
        assertEquals(List.of("MSG FROM ALICE   :  now?"), fixture.console("BOB").subList(1, 2));
        assertEquals(2, fixture.console("BOB").size());
    }

    @Test
    void aDisconnectedUserDoesNotReceive() throws Exception {
        fixture.system.machine("BOB").connectConsole(ConsoleOutput.DISCONNECTED);
        assertEquals(List.of("DMKMSG057W BOB NOT RECEIVING; DISCONNECTED"), fixture.run("ALICE", "MSG BOB hi").lines());
        assertEquals(List.of("BOB      - DSC"), fixture.run("ALICE", "Q BOB").lines());
    }

    @Test
    void warningsComeFromOperatorsOnlyAndSetWngOffRefusesThem() throws Exception {
        fixture.run("OPERATOR", "WNG BOB system going down");
        assertEquals("WNG FROM OPERATOR:  system going down", fixture.console("BOB").get(1));
        fixture.run("ALICE", "SET WNG OFF");
        assertEquals(List.of("DMKMSG057W ALICE NOT RECEIVING; WNG OFF"), fixture.run("OPERATOR", "WARNING ALICE x").lines());
        assertEquals(List.of(), fixture.console("ALICE"));
    }

    @Test
    void messageAllFromAnOperatorReachesEveryoneReceiving() throws Exception {
        fixture.run("BOB", "SET MSG OFF");
        fixture.run("OPERATOR", "MSG ALL tea is ready");
        assertEquals("MSG FROM OPERATOR:  tea is ready", fixture.console("ALICE").get(1));
        assertEquals("MSG FROM OPERATOR:  tea is ready", fixture.console("OPERATOR").get(1));
        assertEquals(List.of(), fixture.console("BOB"));
    }

    @Test
    void msgnohDeliversTheTextAloneWithNoTimeLine() throws Exception {
        fixture.run("OPERATOR", "MSGNOH ALICE FILE 0001 SENT TO NODE2");
        assertEquals(List.of("FILE 0001 SENT TO NODE2"), fixture.console("ALICE"));
    }

    @Test
    void smsgGoesToTheProgramThatTakesSpecialMessages() throws Exception {
        List<String> received = new ArrayList<>();
        fixture.processor.useSpecialMessages((target, from, text) ->
                target.equals("BOB") && received.add(target + " " + from + " " + text));
        assertEquals(0, fixture.run("ALICE", "SMSG BOB CMD NODE2 Q SYS").returnCode());
        assertEquals(List.of("BOB ALICE CMD NODE2 Q SYS"), received);
        assertEquals(List.of(), fixture.console("BOB"));
        assertEquals(List.of("DMKMSG057W OPERATOR NOT RECEIVING; SMSG OFF"), fixture.run("ALICE", "SM OPERATOR x").lines());
    }

    @Test
    void setPfKeysAndEmsgAreKeptPerUser() throws Exception {
        fixture.run("ALICE", "SET PF03 IMMED LOGOFF");
        fixture.run("ALICE", "SET PF12 Q TIME");
        fixture.run("ALICE", "SET EMSG ON");
        fixture.run("ALICE", "SET IMSG OFF");
        fixture.run("ALICE", "SET RUN ON");
        assertEquals(List.of("PF03 IMMED LOGOFF"), fixture.run("ALICE", "Q PF3").lines());
        assertEquals(List.of("PF12 DELAY Q TIME"), fixture.run("ALICE", "Q PF12").lines());
        assertEquals(List.of("MSG ON  , WNG ON  , EMSG ON, RUN ON", "IMSG OFF"), fixture.run("ALICE", "Q SET").lines());
        assertEquals(List.of("PF03 UNDEFINED"), fixture.run("BOB", "Q PF03").lines());
        fixture.run("ALICE", "SET PF03");
        assertEquals(List.of("PF03 UNDEFINED"), fixture.run("ALICE", "Q PF03").lines());
    }
}
