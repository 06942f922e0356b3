package vm370.spool.testing;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.CloseResult;
import vm370.spool.device.ReadOutcome;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.VirtualPunch;
import vm370.spool.device.VirtualReader;
import vm370.spool.file.SpoolStore;
import vm370.spool.queue.SpoolLimits;
import vm370.spool.queue.SpoolManager;

/**
 * The process the crash test kills: punches files to users' readers forever, printing
 * {@code CLOSED spoolid seq cards} once CLOSE has returned. Every third file goes to RSCS, whose
 * reader then reads (and so purges) all its files, after printing {@code PURGING}.
 * Arguments: spool folder, first sequence number.
 */
public final class CrashChild {

    /** The reader the child empties. */
    public static final String PURGED_USER = "RSCS";

    private CrashChild() {
    }

    /** The text of card {@code card} of the file with sequence {@code seq}. */
    public static String cardText(int seq, int card) {
        return String.format("SEQ %06d CARD %04d", seq, card);
    }

    /** The user the file with sequence {@code seq} is punched to. */
    public static String userOf(int seq) {
        return seq % 3 == 0 ? PURGED_USER : seq % 3 == 1 ? "ALICE" : "BOB";
    }

    /** Cards in the file with sequence {@code seq}: mostly short, every 25th long (ten blocks). */
    public static int cardsIn(int seq) {
        return seq % 25 == 0 ? 3200 + seq % 7 : 1 + seq % 37;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true);
        SpoolStore store = SpoolStore.open(Path.of(args[0]));
        SpoolManager manager = new SpoolManager(store, Clock.systemUTC(), SpoolLimits.NONE);
        VirtualPunch punch = new VirtualPunch(0x00D, "MAINT", manager);
        VirtualReader reader = new VirtualReader(0x00C, PURGED_USER, manager);
        reader.setContinuous(true);
        byte[] buffer = new byte[80];
        for (int seq = Integer.parseInt(args[1]); ; seq++) {
            String user = userOf(seq);
            punch.setTo(user);
            for (int card = 0; card < cardsIn(seq); card++) {
                punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card(cardText(seq, card)));
                if (card == 0) {
                    out.println("OPEN " + punch.openSpoolId() + " " + seq);
                }
            }
            CloseResult.Closed closed = (CloseResult.Closed) punch.close(CloseOptions.named("F" + seq, "CRASH"));
            out.println("CLOSED " + closed.file().spoolId() + " " + seq + " " + closed.file().records());
            if (user.equals(PURGED_USER)) {
                out.println("PURGING");
                int reading = 0;
                while (reader.read(buffer, 0, 80) == ReadOutcome.RECORD) {
                    if (reader.currentFile().spoolId() != reading) {
                        reading = reader.currentFile().spoolId();
                        out.println("READING " + reading + " " + reader.currentFile().fileName());
                    }
                }
            }
        }
    }
}
