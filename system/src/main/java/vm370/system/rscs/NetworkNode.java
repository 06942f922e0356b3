package vm370.system.rscs;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import vm370.cp.ControlProgram;
import vm370.cp.command.CommandResponse;
import vm370.cp.guest.GuestSystem;
import vm370.cp.vm.VirtualMachine;
import vm370.rscs.Rscs;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.VirtualPunch;
import vm370.spool.file.FileRecords;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.system.boot.RunningSystem;

/**
 * One system of an RSCS network, IPLed in this process from a state folder: its CP, its users, and
 * RSCS running in the RSCS machine with the given {@code RSCS CONFIG} installed on its 191 disk. For
 * the network tests and {@code vm370 bench rscs}; users act through CP commands and their devices.
 */
public final class NetworkNode implements AutoCloseable {

    private final String node;
    private final RunningSystem system;
    private final Map<String, List<String>> consoles = new ConcurrentHashMap<>();

    private NetworkNode(String node, RunningSystem system) {
        this.node = node;
        this.system = system;
    }

    /**
     * IPLs node {@code node} in {@code folder} with the directory source {@code directory} (it
     * must have an RSCS user with a 191 disk) and RSCS configured by {@code rscsConfig}; returns
     * once RSCS said it is ready.
     */
    public static NetworkNode start(Path folder, String node, String directory, String rscsConfig) throws Exception {
        return start(folder, node, directory, rscsConfig, true);
    }

    /** As {@link #start(Path, String, String, String)}; without {@code iplRscs} the RSCS machine waits for {@link #ipl}. */
    public static NetworkNode start(Path folder, String node, String directory, String rscsConfig, boolean iplRscs)
            throws Exception {
        return start(folder, node, directory, rscsConfig, iplRscs, List.of());
    }

    /** As {@link #start(Path, String, String, String, boolean)}, with more named systems (CMS) to IPL. */
    public static NetworkNode start(Path folder, String node, String directory, String rscsConfig, boolean iplRscs,
                                    List<GuestSystem> more) throws Exception {
        Files.createDirectories(folder);
        Path config = folder.resolve("system.config");
        Files.writeString(config, "NODE " + node + "\nSYSTEM_IDENTIFIER " + node + "\nSTORAGE 64M\n"
                + "VOLUME VMSYS1 3350 10\nVOLUME VMFBA1 3370 20000\n");
        Path source = folder.resolve("user.direct");
        // This class IPLs RSCS itself once the configuration is installed: an IPL RSCS at logon
        // would start RSCS before its RSCS CONFIG exists (DMTINI003E) only to be ended by the installer's IPL.
        Files.writeString(source, directory.replaceAll("(?m)^ IPL RSCS.*\\R", ""));
        ConfigInstaller installer = new ConfigInstaller(rscsConfig.lines().toList());
        RunningSystem system = RunningSystem.ipl(new RunningSystem.Options(config, folder.resolve("var"), source,
                RunningSystem.Start.WARM, Stream.concat(Stream.<GuestSystem>of(new Rscs(), installer), more.stream()).toList()));
        NetworkNode n = new NetworkNode(node, system);
        try {
            VirtualMachine rscs = n.logon("RSCS");
            system.cp().ipl(rscs, ConfigInstaller.NAME, "");
            String failure = installer.done().get(60, TimeUnit.SECONDS);
            if (failure != null) {
                throw new IllegalStateException("RSCS CONFIG not installed on " + node + ": " + failure);
            }
            if (iplRscs) {
                n.ipl();
            }
            return n;
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
    }

    /** IPL RSCS in the RSCS machine and wait for its ready message. */
    public void ipl() throws InterruptedException {
        int before = console("RSCS").size();
        system.cp().ipl(logon("RSCS"), "RSCS", "");
        if (!await(() -> console("RSCS").stream().skip(before).anyMatch(l -> l.startsWith("DMTINI")), 30_000)) {
            throw new IllegalStateException("RSCS on " + node + " did not start: " + console("RSCS"));
        }
    }

    public String node() {
        return node;
    }

    public RunningSystem system() {
        return system;
    }

    public ControlProgram cp() {
        return system.cp();
    }

    /** The user's machine, logged on (console lines collected) if it was not. */
    public VirtualMachine logon(String userid) {
        return switch (system.cp().logon(userid)) {
            case ControlProgram.Logon.Created c -> {
                c.machine().connectConsole(line -> consoles.computeIfAbsent(userid, u ->
                        Collections.synchronizedList(new ArrayList<>())).add(line));
                yield c.machine();
            }
            case ControlProgram.Logon.AlreadyLoggedOn a -> a.machine();
            case ControlProgram.Logon.NotInDirectory x -> throw new IllegalArgumentException("no user " + userid);
        };
    }

    /** What the user's console showed so far. */
    public List<String> console(String userid) {
        return List.copyOf(consoles.getOrDefault(userid, List.of()));
    }

    /** A line the operator types at RSCS's console (an RSCS command). */
    public void operator(String line) {
        logon("RSCS").typed(line);
    }

    /** A CP command as the user types it. */
    public CommandResponse command(String userid, String line) {
        return system.commands().execute(logon(userid), line);
    }

    /**
     * A user sends cards to {@code toNode}/{@code toUser} as VM/370's users did: TAG DEV PUNCH,
     * SPOOL PUNCH TO RSCS, the cards through the punch, CLOSE with a name.
     */
    public void sendFile(String userid, String toNode, String toUser, String fileName, String fileType,
                         List<byte[]> cards) {
        command(userid, "TAG DEV PUN " + toNode + " " + toUser);
        command(userid, "SPOOL PUN TO RSCS");
        VirtualPunch punch = (VirtualPunch) system.cp().unitRecordDevices(userid).orElseThrow().at(0x00D);
        for (byte[] card : cards) {
            punch.write(UnitRecordCommand.PUNCH_STACKER_1.code(), card, 0, card.length);
        }
        punch.close(CloseOptions.named(fileName, fileType));
    }

    /** The files in a user's reader, oldest first. */
    public List<SpoolFile> reader(String userid) {
        return system.spool().manager().files(f -> f.queue() == SpoolQueue.READER && f.owner().equals(userid))
                .stream().sorted(java.util.Comparator.comparingLong(SpoolFile::sequence)).toList();
    }

    /** A spool file's records (data only). */
    public List<byte[]> records(SpoolFile file) {
        List<byte[]> out = new ArrayList<>();
        FileRecords.scan(system.spool().manager().store(), file.spoolId(), (op, data) -> out.add(data));
        return out;
    }

    /** A TCP port nothing listens on now (the kernel's choice), for a node's NJE listener. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Polls {@code condition} until it holds or {@code millis} pass. */
    public static boolean await(BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() throws Exception {
        system.close();
    }
}
