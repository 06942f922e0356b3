package vm370.system.boot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import vm370.cp.ControlProgram;
import vm370.cp.command.CpCommandProcessor;
import vm370.cp.config.ConfigException;
import vm370.cp.config.SystemConfig;
import vm370.cp.config.SystemConfigReader;
import vm370.cp.guest.GuestSystem;
import vm370.cp.paging.PagingFile;
import vm370.cp.vio.Volumes;
import vm370.cp.vm.NamedSystems;
import vm370.directory.UpdateOutcome;
import vm370.directory.UserDirectory;
import vm370.directory.VolumeConfig;
import vm370.s370.time.Clock;
import vm370.spool.SpoolSystem;
import vm370.spool.queue.SpoolLimits;

/**
 * One real machine IPLed with CP, in this process: the composition root that builds CP from a
 * system configuration and a state folder. It opens (or creates) the DASD volumes, compiles the
 * directory source the first time the directory is empty, opens the spool (emptied on a cold
 * start, kept on a warm one), registers the named systems and installs the command processor.
 * {@link #close} is SHUTDOWN: users are logged off and every file is left consistent.
 * @vm370 DMKCPI
 */
public final class RunningSystem implements AutoCloseable {

    /** How CP starts: COLD empties the spool, WARM keeps every closed spool file. */
    public enum Start { COLD, WARM }

    /**
     * What to IPL: the system configuration, the state folder, the directory source compiled when
     * the directory is empty (may be absent), how to start, and the named systems (CMS, RSCS).
     */
    public record Options(Path config, Path var, Path directorySource, Start start, List<GuestSystem> namedSystems) {
        public Options {
            namedSystems = List.copyOf(namedSystems);
        }

        /** The sample system's files under {@code home}, warm start, with {@code var} as state. */
        public static Options sample(Path home, Path var, List<GuestSystem> namedSystems) {
            Path samples = home.resolve("samples");
            return new Options(samples.resolve("system.config"), var, samples.resolve("user.direct"), Start.WARM,
                    namedSystems);
        }
    }

    private final SystemConfig config;
    private final UserDirectory directory;
    private final SpoolSystem spool;
    private final ControlProgram cp;
    private final CpCommandProcessor commands;
    private final boolean firstIpl;

    private RunningSystem(SystemConfig config, UserDirectory directory, SpoolSystem spool, ControlProgram cp,
                          CpCommandProcessor commands, boolean firstIpl) {
        this.firstIpl = firstIpl;
        this.config = config;
        this.directory = directory;
        this.spool = spool;
        this.cp = cp;
        this.commands = commands;
    }

    /**
     * IPLs CP. Fails with the configuration's or directory's error (naming the line) before anything
     * is started; whatever was opened is closed again. A directory source with errors is a
     * {@link ConfigException} listing them.
     */
    public static RunningSystem ipl(Options options) throws Exception {
        Path var = options.var();
        Files.createDirectories(var);
        SystemConfig config = SystemConfigReader.read(options.config(), var);
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            UserDirectory directory = UserDirectory.open(
                    VolumeConfig.read(options.config()).directoryUrl(var), config.volumes());
            opened.add(directory);
            boolean firstIpl = directory.userids().isEmpty() && options.directorySource() != null
                    && Files.exists(options.directorySource());
            if (firstIpl) {
                if (directory.directxa(Files.readString(options.directorySource()))
                        instanceof UpdateOutcome.Rejected rejected) {
                    List<String> errors = new ArrayList<>(rejected.errors().stream()
                            .map(error -> options.directorySource() + ": " + error.message()).toList());
                    errors.add("DMKDIR770E DIRECTORY NOT UPDATED - " + rejected.errors().size() + " ERRORS");
                    throw new ConfigException(errors);
                }
            }
            Path spoolFolder = var.resolve("spool");
            if (options.start() == Start.COLD && Files.isDirectory(spoolFolder)) {
                PathUtils.deleteDirectory(spoolFolder);
            }
            SpoolSystem spool = new SpoolSystem(spoolFolder, java.time.Clock.systemUTC(), SpoolLimits.NONE,
                    user -> directory.lookup(user).isPresent());
            opened.add(spool);
            Volumes volumes = Volumes.open(config.volumes(), config.imageDirectory());
            opened.add(volumes);
            PagingFile paging = new PagingFile(var.resolve("paging.dat"));
            opened.add(paging);
            NamedSystems named = new NamedSystems();
            options.namedSystems().forEach(named::register);
            ControlProgram cp = new ControlProgram(config, Clock.WALL, directory, spool, named, paging, volumes);
            CpCommandProcessor commands = new CpCommandProcessor(cp);
            cp.useCommands(commands);
            // SMSG goes to the target machine's program through VMCF (RSCS authorizes with DIAGNOSE X'68').
            commands.useSpecialMessages((target, from, text) -> cp.machine(target)
                    .map(m -> m.specialMessages().offer(new vm370.cp.vm.SpecialMessages.Message(from, text))
                            == vm370.cp.vm.SpecialMessages.Offer.DELIVERED)
                    .orElse(false));
            return new RunningSystem(config, directory, spool, cp, commands, firstIpl);
        } catch (Exception | Error e) {
            for (AutoCloseable c : opened.reversed()) {
                try {
                    c.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    public SystemConfig config() {
        return config;
    }

    public ControlProgram cp() {
        return cp;
    }

    public CpCommandProcessor commands() {
        return commands;
    }

    public UserDirectory directory() {
        return directory;
    }

    public SpoolSystem spool() {
        return spool;
    }

    /** True when this IPL compiled the directory source into an empty state folder: the first IPL of its var/. */
    public boolean firstIpl() {
        return firstIpl;
    }

    /** SHUTDOWN: logs every user off, then closes the spool and the directory. */
    @Override
    public void close() throws Exception {
        try {
            cp.close();
        } finally {
            try {
                spool.close();
            } finally {
                directory.close();
            }
        }
    }
}
