package vm370.rscs;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestSystem;
import vm370.rscs.command.RscsMessage;
import vm370.rscs.config.ConfigFile;
import vm370.rscs.config.RscsConfig;
import vm370.rscs.spool.CpServices;
import vm370.s370.text.Ebcdic;

/**
 * RSCS, the Remote Spooling Communications Subsystem, as the named system {@code RSCS}: IPLed in
 * its service machine, it reads {@code RSCS CONFIG} from its 191 disk (or, when the machine has
 * none, the IPL PARM with statements separated by {@code ;}) and runs until CP ends the machine.
 */
public final class Rscs implements GuestSystem {

    private static final int CONSOLE = 0x009;
    /** The 8K where block I/O to the 191 disk goes through storage (spool.StorageMap's BLOCK_IO). */
    private static final int BLOCK_IO = 0x40000;

    @Override
    public String name() {
        return "RSCS";
    }

    @Override
    public void run(GuestMachine machine, String parm) {
        CpServices cp = new CpServices(machine, CONSOLE);
        List<String> lines;
        try {
            lines = ConfigFile.read(machine, BLOCK_IO);
        } catch (IOException e) {
            if (parm == null || parm.isBlank()) {
                cp.console(RscsMessage.CONFIG_MISSING.text(e.getMessage()));
                return;
            }
            lines = Arrays.asList(parm.split(";"));
        }
        switch (RscsConfig.parse(lines)) {
            case RscsConfig.Parsed.Invalid bad -> cp.console(RscsMessage.CONFIG_ERROR.text(bad.line(), bad.reason()));
            case RscsConfig.Parsed.Valid good -> new Supervisor(cp, good.config(), userid(machine),
                    DeliveredFiles.open(machine, BLOCK_IO, cp::console)).run();
        }
    }

    /** The machine's userid, from DIAGNOSE 00. */
    private static String userid(GuestMachine machine) {
        machine.setGpr(2, 0x1000);
        machine.setGpr(3, 24);
        machine.diagnose(0x00, 2, 3);
        byte[] id = new byte[24];
        machine.read(0x1000, id, 0, 24);
        return Ebcdic.CP037.decode(id, 16, 8).strip();
    }
}
