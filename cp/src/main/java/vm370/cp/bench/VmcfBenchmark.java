package vm370.cp.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import vm370.cp.vm.VirtualMachine;

/**
 * {@code vm370 bench vmcf}: SEND/RECV round trips per second between two virtual machines. A
 * client program SEND/RECVs 8 bytes to a server program and, at each final response (VMCF
 * external interruption X'4001'), counts and sends the next; the server RECEIVEs and REPLYs 8
 * bytes at each SEND interruption. Both run S/370 code under CP; CP moves every byte.
 */
public final class VmcfBenchmark {

    private static final int COUNTER = 0x300;

    static final List<String> SERVER = List.of(
            "SERVER   START X'2000'",
            "         BALR  12,0",
            "         USING *,12",
            "         MVC   X'58'(8),EXTNEW",
            "         L     6,BUFFER",
            "         LA    2,AUTH",
            "         DIAG  2,3,X'0068'",
            "         LCTL  0,0,CR0",
            "WAIT     LPSW  WAITPSW",
            "HANDLER  MVC   RECV+4(12),4(6)",
            "         MVC   REPL+4(12),4(6)",
            "         LA    2,RECV",
            "         DIAG  2,3,X'0068'",
            "         LA    2,REPL",
            "         DIAG  2,3,X'0068'",
            "         LPSW  WAITPSW",
            "         DS    0D",
            "EXTNEW   DC    X'00000000',A(HANDLER)",
            "WAITPSW  DC    X'0102000000000000'",
            "AUTH     DC    H'0',H'0',F'0',CL8' '",
            "         DC    A(X'3000'),F'64',F'0',F'0',XL8'00'",
            "RECV     DC    H'0',H'5',F'0',CL8' '",
            "         DC    A(X'3200'),F'8',F'0',F'0',XL8'00'",
            "REPL     DC    H'0',H'7',F'0',CL8' '",
            "         DC    A(ANSWER),F'8',F'0',F'0',XL8'00'",
            "ANSWER   DC    CL8'PONG'",
            "CR0      DC    X'00000001'",
            "BUFFER   DC    A(X'3000')",
            "         END");

    static final List<String> CLIENT = List.of(
            "CLIENT   START X'2000'",
            "         BALR  12,0",
            "         USING *,12",
            "         MVC   X'58'(8),EXTNEW",
            "         LA    2,AUTH",
            "         DIAG  2,3,X'0068'",
            "         LCTL  0,0,CR0",
            "         LA    2,SENDR",
            "         DIAG  2,3,X'0068'",
            "WAIT     LPSW  WAITPSW",
            "HANDLER  L     4,X'300'",
            "         LA    4,1(,4)",
            "         ST    4,X'300'",
            "         ST    4,SENDR+4",
            "         LA    2,SENDR",
            "         DIAG  2,3,X'0068'",
            "         LPSW  WAITPSW",
            "         DS    0D",
            "EXTNEW   DC    X'00000000',A(HANDLER)",
            "WAITPSW  DC    X'0102000000000000'",
            "AUTH     DC    H'0',H'0',F'0',CL8' '",
            "         DC    A(X'3000'),F'64',F'0',F'0',XL8'00'",
            "SENDR    DC    H'0',H'3',F'0',CL8'USER0000'",
            "         DC    A(DATA),F'8',A(X'3100'),F'8',XL8'00'",
            "DATA     DC    CL8'PING'",
            "CR0      DC    X'00000001'",
            "         END");

    private final double seconds;

    public VmcfBenchmark(double seconds) {
        this.seconds = seconds;
    }

    /** Runs the two machines, prints what it measured and, last, the round trips per second; returns them. */
    public double run(PrintStream out) throws Exception {
        try (ScratchCp cp = ScratchCp.start(Files.createTempDirectory("vm370-bench-vmcf"), ScratchCp.users(2, "1M"), 2)) {
            VirtualMachine server = start(cp, "USER0000", SERVER);
            long until = System.nanoTime() + 10_000_000_000L;
            while (!server.vmcf().authorized() && System.nanoTime() < until) {
                ScratchCp.sleep(0.01);
            }
            VirtualMachine client = start(cp, "USER0001", CLIENT);
            ScratchCp.sleep(1);
            long start = System.nanoTime();
            int first = counter(client);
            ScratchCp.sleep(seconds);
            int last = counter(client);
            double perSecond = (last - first) / ((System.nanoTime() - start) / 1e9);
            out.printf("%,d SEND/RECV round trips (8 bytes each way) between two virtual machines in %.1f s%n",
                    last - first, seconds);
            out.printf("VMCF SEND/RECV round trips per second: %,.0f%n", perSecond);
            return perSecond;
        }
    }

    static VirtualMachine start(ScratchCp cp, String userid, List<String> program) {
        cp.cp().logon(userid);
        VirtualMachine machine = cp.cp().machine(userid).orElseThrow();
        ScratchCp.onMachine(machine, m -> {
            ScratchCp.loadProgram(m.cpu(), program);
            return m;
        });
        machine.requestRun(machine::begin);
        return machine;
    }

    static int counter(VirtualMachine machine) {
        return ScratchCp.onMachine(machine, m -> (int) m.storage().storage().read(COUNTER, 4));
    }
}
