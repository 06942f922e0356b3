package vm370.cms.program;

import java.util.List;
import java.util.Optional;
import vm370.cms.fs.CmsDisk;
import vm370.cp.guest.GuestMachine;

/**
 * What user programs need from the CMS nucleus: the virtual machine, the console, the accessed
 * disks in search order, the unit-record devices, and the command processor (for SVC 202 calls
 * of commands by name). One host serves one CMS session, on the machine's own thread.
 */
public interface ProgramHost {

    /** The virtual machine the programs run in. */
    GuestMachine machine();

    /** Types one line on the console. */
    void type(String line);

    /** Reads one line: from the console stack when it has one, else from the terminal. */
    String read();

    /** Stacks a line on the console stack, FIFO (read next) or LIFO (read first), as ATTN does. */
    void stack(String line, boolean fifo);

    /**
     * Called now and then while a program runs: the host looks for immediate commands, and ends the
     * program on HX by throwing its halt exception (the program's registers and files are put back).
     */
    void poll();

    /** The accessed disks in search order (A first, read-only extensions after their parents). */
    List<CmsDisk> searchOrder();

    /** The disk accessed at {@code mode}, when there is one. */
    default Optional<CmsDisk> disk(char mode) {
        return searchOrder().stream().filter(d -> d.modeLetter() == mode).findFirst();
    }

    /** Runs a CMS command line as typed (EXEC, MODULE, nucleus command, CP command) and gives its return code. */
    int command(String line);

    /** Prints one line on the virtual printer; the first byte is the ASA carriage control when {@code asa}. */
    int print(byte[] line, boolean asa);

    /** Punches one 80-byte card on the virtual punch. */
    int punch(byte[] card);

    /** Reads the next card from the virtual reader; empty at the end of the file. */
    Optional<byte[]> readCard();
}
