package vm370.system.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cms.display.AidKey;
import vm370.cms.display.DiagnoseTerminal;
import vm370.cms.display.InboundRecord;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.DiskLayout;
import vm370.cms.fs.MemoryBlockDevice;
import vm370.cms.xedit.DiskFileStore;
import vm370.cms.xedit.Editor;
import vm370.cms.xedit.EditorHost;
import vm370.cms.xedit.FullScreenSession;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestSystem;
import vm370.cp.vm.FullScreenConsole;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.text.Ebcdic;
import vm370.system.boot.RunningSystem;

/**
 * XEDIT in a virtual machine of a whole system, reaching the user's 3270 only through DIAGNOSE X'58':
 * the screen it draws arrives at the full-screen console, and keys typed there edit the file.
 */
@org.junit.jupiter.api.Tag("system")
class XeditThroughDiagnoseTest {

    @TempDir
    Path dir;

    /** The terminal side: streams the guest wrote, and inbound records for it to read. */
    private static final class Console implements FullScreenConsole {
        final LinkedBlockingQueue<byte[]> written = new LinkedBlockingQueue<>();
        final LinkedBlockingQueue<Optional<byte[]>> keys = new LinkedBlockingQueue<>();

        public boolean available() {
            return true;
        }

        public int rows() {
            return 24;
        }

        public int columns() {
            return 80;
        }

        public boolean write(byte[] stream) {
            written.add(stream);
            return true;
        }

        public Optional<byte[]> read() throws InterruptedException {
            return keys.take();
        }

        public void release() {
        }

        String nextScreen() throws InterruptedException {
            byte[] s = written.poll(30, TimeUnit.SECONDS);
            if (s == null) {
                throw new AssertionError("no screen from the guest");
            }
            return Ebcdic.CP037.decode(s);
        }

        void key(AidKey aid, List<InboundRecord.Field> fields) {
            keys.add(Optional.of(new InboundRecord(aid, 22 * 80 + 7, fields).encode(24 * 80, Ebcdic.CP037)));
        }
    }

    @Test
    void xeditDrawsItsScreenAndTakesKeysThroughDiagnose58() throws Exception {
        List<String> result = new CopyOnWriteArrayList<>();
        CmsDisk disk = CmsDisk.format(new MemoryBlockDevice(DiskLayout.FBA, 4096, 200), "XED001", 0, 'A',
                Clock.systemUTC()).orElseThrow();
        GuestSystem xedit = new GuestSystem() {
            @Override
            public String name() {
                return "XEDTEST";
            }

            @Override
            public void run(GuestMachine machine, String parm) {
                Editor editor = new Editor(new DiskFileStore(Map.of('A', disk)), EditorHost.NONE);
                editor.edit("HELLO DATA A");
                DiagnoseTerminal terminal = new DiagnoseTerminal(machine, 0x009, 0x20000, 16384);
                result.add("available " + terminal.available() + " " + terminal.rows() + "x" + terminal.columns());
                result.add("ended " + new FullScreenSession(editor, terminal, Ebcdic.CP037).run());
            }
        };
        Files.writeString(dir.resolve("system.config"), "STORAGE 16M\nVOLUME VMSYS1 3350 10\n");
        Files.writeString(dir.resolve("user.direct"), "USER ALICE ALICE 1M 4M G\n CONSOLE 009 3215\n");
        try (RunningSystem system = RunningSystem.ipl(new RunningSystem.Options(dir.resolve("system.config"),
                dir.resolve("var"), dir.resolve("user.direct"), RunningSystem.Start.COLD, List.of(xedit)))) {
            system.cp().logon("alice");
            VirtualMachine machine = system.cp().machine("ALICE").orElseThrow();
            Console console = new Console();
            machine.connectFullScreen(console);
            system.cp().ipl(machine, "XEDTEST", "");
            String first = console.nextScreen();
            assertTrue(first.contains("HELLO    DATA     A1"), first);
            assertTrue(first.contains("DMSXIN570I New file"), first);
            console.key(AidKey.ENTER, List.of(new InboundRecord.Field(22 * 80 + 7, "input Hello from a 3270")));
            String second = console.nextScreen();
            assertTrue(second.contains("HELLO FROM A 3270"), second);
            assertTrue(second.contains("Size=1"), second);
            console.key(AidKey.ENTER, List.of(new InboundRecord.Field(22 * 80 + 7, "file")));
            for (int i = 0; i < 300 && result.size() < 2; i++) {
                Thread.sleep(100);
            }
            assertEquals(List.of("available true 24x80", "ended true"), result);
            assertEquals(1, disk.state("HELLO", "DATA").orElseThrow().records());
        }
    }
}
