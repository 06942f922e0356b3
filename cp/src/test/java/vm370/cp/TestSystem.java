package vm370.cp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vm370.cp.config.SystemConfig;
import vm370.cp.config.SystemConfigReader;
import vm370.cp.paging.PagingFile;
import vm370.cp.vio.Volumes;
import vm370.cp.vm.NamedSystems;
import vm370.cp.vm.VirtualMachine;
import vm370.directory.UserDirectory;
import vm370.directory.VolumeConfig;
import vm370.s370.asm.Assembler;
import vm370.s370.asm.AssemblyResult;
import vm370.s370.loader.IplDeckWriter;
import vm370.s370.loader.Loader;
import vm370.s370.time.Clock;
import vm370.spool.SpoolSystem;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.VirtualPunch;
import vm370.spool.queue.SpoolLimits;

/**
 * A whole CP on a temporary state folder, for tests: a directory compiled into H2 on disk, the
 * spool in H2, a paging file, and wall time. Machines' console lines are collected per user.
 * A test that needs one system per test method registers {@link #perTest}.
 */
public final class TestSystem implements AutoCloseable, AfterEachCallback {

    public final UserDirectory directory;
    public final SpoolSystem spool;
    public final ControlProgram cp;
    public final NamedSystems named = new NamedSystems();
    /** The state folder perTest made, deleted after the test; null when the test owns the folder. */
    private final Path ownFolder;

    public TestSystem(Path var, String config, String userDirect) throws Exception {
        this(var, config, userDirect, null);
    }

    private TestSystem(Path var, String config, String userDirect, Path ownFolder) throws Exception {
        this.ownFolder = ownFolder;
        java.nio.file.Files.writeString(var.resolve("system.config"), config);
        SystemConfig systemConfig = SystemConfigReader.read(var.resolve("system.config"), var);
        directory = UserDirectory.open(VolumeConfig.read(var.resolve("system.config")).directoryUrl(var), systemConfig.volumes());
        directory.directxa(userDirect);
        spool = new SpoolSystem(var.resolve("spool"), java.time.Clock.systemUTC(), SpoolLimits.NONE,
                user -> directory.lookup(user).isPresent());
        cp = new ControlProgram(systemConfig, Clock.WALL, directory, spool, named, new PagingFile(var.resolve("paging.dat")),
                Volumes.open(systemConfig.volumes(), systemConfig.imageDirectory()));
    }

    /** Logs a user on with its console lines collected in the returned list. */
    public List<String> logon(String userid) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        ControlProgram.Logon logon = cp.logon(userid);
        VirtualMachine machine = ((ControlProgram.Logon.Created) logon).machine();
        machine.connectConsole(lines::add);
        return lines;
    }

    public VirtualMachine machine(String userid) {
        return cp.machine(userid).orElseThrow();
    }

    /** Assembles a standalone program and punches its IPL deck into a user's reader, as a deck from OPERATOR. */
    public void punchIplDeck(String toUser, String source) {
        AssemblyResult assembled = new Assembler(List.of()).assemble("TEST", source.lines().toList());
        if (assembled.returnCode() > 0) {
            throw new AssertionError("assembly failed:\n" + assembled.listing());
        }
        byte[] deck = IplDeckWriter.write(Loader.linkAtAssembledAddress(List.of(assembled.objectDeck())));
        VirtualPunch punch = new VirtualPunch(0x00D, "OPERATOR", spool.manager());
        punch.setTo(toUser);
        for (int card = 0; card < deck.length; card += 80) {
            byte[] record = java.util.Arrays.copyOfRange(deck, card, card + 80);
            punch.write(UnitRecordCommand.PUNCH_STACKER_1, record);
        }
        punch.close(CloseOptions.PLAIN);
    }

    /** Waits (at most 30 s) until the condition holds. */
    public static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(5);
        }
    }

    @Override
    public void close() throws Exception {
        cp.close();
        spool.close();
        directory.close();
    }

    /**
     * A system on a state folder of its own, made as each test's instance is: for
     * {@code @RegisterExtension final TestSystem system = TestSystem.perTest(CONFIG, DIRECTORY)}.
     * After the test it is closed and the folder deleted.
     */
    public static TestSystem perTest(String config, String userDirect) {
        try {
            Path folder = Files.createTempDirectory("vm370-cp-test");
            return new TestSystem(folder, config, userDirect, folder);
        } catch (Exception e) {
            throw new IllegalStateException("test system not started: " + e, e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        close();
        if (ownFolder != null) {
            try (Stream<Path> files = Files.walk(ownFolder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
