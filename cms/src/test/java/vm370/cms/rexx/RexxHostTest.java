package vm370.cms.rexx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The host interface as CMS will use it: command environments, RC, EXECIO, the stack, host functions. */
class RexxHostTest {

    @Test
    void commandsGoToTheCurrentOrNamedEnvironmentAndSetRc() {
        ScriptedHost host = new ScriptedHost();
        host.returnCodes.put("STATE NO SUCH FILE", 28);
        host.run("""
                /* */
                'LISTFILE * EXEC A'
                say rc
                address CP 'QUERY TIME'
                address COMMAND
                'STATE NO SUCH FILE'
                say rc address()
                address
                say address()
                """);
        assertEquals(List.of(new ScriptedHost.Sent("CMS", "LISTFILE * EXEC A"), new ScriptedHost.Sent("CP", "QUERY TIME"),
                new ScriptedHost.Sent("COMMAND", "STATE NO SUCH FILE")), host.sent);
        assertEquals(List.of("0", "28 COMMAND", "CMS"), host.said);
    }

    @Test
    void signalOnErrorTrapsAPositiveReturnCodeAndCallOnFailureANegativeOne() {
        ScriptedHost host = new ScriptedHost();
        host.returnCodes.put("ERASE X Y", 28);
        host.run("""
                /* */
                call on failure name lost
                address NOWHERE 'anything'
                say 'back' rc
                signal on error
                address CMS 'ERASE X Y'
                say 'not reached'
                error: say 'error' rc sigl condition('D')
                exit
                lost: say 'failure' rc condition('C'); return
                """);
        assertEquals(List.of("failure -3 FAILURE", "back -3", "error 28 6 ERASE X Y"), host.said);
    }

    @Test
    void execioReadsAFileIntoAStemAndKeepsItsPositionUntilFinis() {
        ScriptedHost host = new ScriptedHost();
        host.files.put("PROFILE EXEC A", List.of("/* profile */", "'ACCESS 191 B'", "'SET RDYMSG SMSG'"));
        host.run("""
                /* */
                'EXECIO 1 DISKR PROFILE EXEC A (VAR FIRST'
                say rc first
                'EXECIO * DISKR PROFILE EXEC A (STEM LINE. FINIS'
                say rc line.0 line.1 line.2
                'EXECIO 5 DISKR PROFILE EXEC A (STEM L.'
                say rc l.0
                'EXECIO * DISKR NOSUCH FILE A'
                say rc
                """);
        assertEquals(List.of("0 /* profile */", "0 2 'ACCESS 191 B' 'SET RDYMSG SMSG'", "2 3", "28"), host.said);
        assertTrue(host.traced.contains("DMSEIO002E File NOSUCH FILE A not found"), host.traced.toString());
    }

    @Test
    void execioWritesFromAStemAndFromTheStack() {
        ScriptedHost host = new ScriptedHost();
        host.run("""
                /* */
                out.1 = 'line one'; out.2 = 'line two'; out.3 = ''
                'EXECIO * DISKW RESULT FILE A (STEM OUT. FINIS'
                queue 'stacked'
                'EXECIO 1 DISKW RESULT FILE A'
                'EXECIO 1 DISKW RESULT FILE A 1 (STRING replaced'
                'EXECIO * DISKR RESULT FILE A (LIFO FINIS'
                say queued()
                do queued(); parse pull line; say line; end
                """);
        assertEquals(List.of("replaced", "line two", "stacked"), host.files.get("RESULT FILE A"));
        assertEquals(List.of("3", "stacked", "line two", "replaced"), host.said);
    }

    @Test
    void execioCpStacksTheResponseOfTheCommand() {
        ScriptedHost host = new ScriptedHost();
        host.cpResponses.put("QUERY TIME", List.of("TIME IS 14:30:05 EST WEDNESDAY 06/15/83", "CONNECT= 00:01:02"));
        host.run("""
                /* */
                'EXECIO * CP (STRING QUERY TIME'
                say rc queued()
                parse pull . . time .
                say time
                'EXECIO 1 CP (STEM R. STRING QUERY TIME'
                say r.0 r.1
                """);
        assertEquals(List.of("0 2", "14:30:05", "1 TIME IS 14:30:05 EST WEDNESDAY 06/15/83"), host.said);
    }

    @Test
    void pullTakesTheSharedStackFirstThenTheTerminal() {
        ScriptedHost host = new ScriptedHost();
        host.stack.queue("from cms");
        host.terminal.add("typed");
        host.run("""
                /* */
                pull a
                parse pull b
                pull c
                say a '|' b '|' c '|' queued()
                push 'left for cms'
                """);
        assertEquals(List.of("FROM CMS | typed |  | 0"), host.said);
        assertEquals("left for cms", host.stack.pull());
    }

    @Test
    void hostFunctionsAndTheHostsIdentityAreCallable() {
        ScriptedHost host = new ScriptedHost();
        host.cpResponses.put("QUERY USERID", List.of("MAINT AT VM370"));
        host.run("""
                /* */
                say strip(diag(08, 'QUERY USERID'), 'T', '0a'x)
                say (length(diagrc(08, 'QUERY USERID')) > 16) cmsflag('ABBREV')
                say userid() linesize() date() time() date('J')
                """);
        assertEquals(List.of("MAINT AT VM370", "1 1", "MAINT 80 15 Jun 1983 14:30:05 83166"), host.said);
    }

    @Test
    void externalExecsAreFoundThroughTheHostAndSeeTheirOwnVariables() {
        ScriptedHost host = new ScriptedHost();
        host.execs.put("DOUBLE", "/* */ parse arg n; x = 'callee'; return n * 2");
        host.run("""
                /* */
                x = 'caller'
                say double(21) x
                call double 5
                say result
                """);
        assertEquals(List.of("42 caller", "10"), host.said);
    }

    @Test
    void haltFromTheHostStopsALoopOrIsTrapped() {
        ScriptedHost host = new ScriptedHost();
        host.haltAfterCommands = 3;
        Rexx.Outcome outcome = host.run("""
                /* */
                do forever; 'NOP'; end
                """);
        assertEquals(new Rexx.Outcome.Failed(4, 2), outcome);
        assertTrue(host.traced.getLast().startsWith("DMSREX404E Error 4 running TEST EXEC, line 2: Program interrupted"));

        ScriptedHost trapped = new ScriptedHost();
        trapped.haltAfterCommands = 2;
        trapped.run("""
                /* */
                signal on halt
                do i = 1; 'NOP'; end
                halt: say 'halted at' i condition('C')
                """);
        assertEquals(List.of("halted at 2 HALT"), trapped.said);
    }

    @Test
    void anExecIsRexxOnlyWhenItBeginsWithAComment() {
        assertTrue(Rexx.isRexx("/* PROFILE EXEC */\n'ACCESS 191 B'"));
        assertTrue(Rexx.isRexx("  /**/ say 'hi'"));
        assertEquals(false, Rexx.isRexx("&TRACE ALL\n&TYPE HELLO"));
    }

    @Test
    void exitValueAndErrorsComeBackAsTheOutcome() {
        ScriptedHost host = new ScriptedHost();
        assertEquals(new Rexx.Outcome.Completed("12"), host.run("/* */ exit 12"));
        assertEquals(new Rexx.Outcome.Completed(null), host.run("/* */ say 'x'"));
        Rexx.Outcome failed = host.run("/* */\nsay 'a' +\n");
        assertInstanceOf(Rexx.Outcome.Failed.class, failed);
        assertEquals("DMSREX435E Error 35 running TEST EXEC, line 2: Invalid expression", host.traced.getLast());
    }
}
