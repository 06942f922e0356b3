package vm370.cp.command;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import vm370.cp.TestSystem;
import vm370.cp.vm.VirtualMachine;

/**
 * A whole CP with the command processor installed and three users logged on: OPERATOR (all
 * classes), ALICE (class G, a minidisk and unit-record devices) and BOB (class G, a link to it).
 * Commands run on the issuer's machine thread, as the terminal and DIAGNOSE 08 run them.
 */
final class CommandFixture implements AutoCloseable {

    static final String CONFIG = """
            SYSTEM_IDENTIFIER TESTVM
            STORAGE 8M
            VOLUME VMSYS1 3350 20
            VOLUME VMTD01 3350 10
            TDISK VMTD01
            """;
    static final String DIRECTORY = """
            USER OPERATOR OPERPW 1M 16M ABCDEFG
             CONSOLE 009 3215
            USER ALICE ALICEPW 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
             MDISK 191 3350 010 002 VMSYS1 W READPW WRITEPW MULTPW
            USER BOB BOBPW 1M 16M G
             CONSOLE 009 3215
             LINK ALICE 191 291 RR
            USER CAROL CAROLPW 1M 16M G
             CONSOLE 009 3215
            """;

    final TestSystem system;
    final CpCommandProcessor processor;
    final Map<String, List<String>> consoles = new HashMap<>();

    CommandFixture(Path var) throws Exception {
        system = new TestSystem(var, CONFIG, DIRECTORY);
        processor = new CpCommandProcessor(system.cp);
        system.cp.useCommands(processor);
        for (String user : List.of("OPERATOR", "ALICE", "BOB")) {
            consoles.put(user, system.logon(user));
        }
    }

    /** Runs a command line for {@code user} on its machine's thread and returns CP's answer. */
    CommandResponse run(String user, String line) throws Exception {
        VirtualMachine machine = system.machine(user);
        CompletableFuture<CommandResponse> answer = new CompletableFuture<>();
        machine.perform(() -> {
            try {
                answer.complete(processor.execute(machine, line));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.get(30, TimeUnit.SECONDS);
    }

    List<String> console(String user) {
        return consoles.get(user);
    }

    @Override
    public void close() throws Exception {
        system.close();
    }
}
