package vm370.system.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import vm370.cms.fs.FileId;
import vm370.cms.fs.RecordFormat;
import vm370.cms.nucleus.DiskInstaller;
import vm370.cms.program.InstallFile;
import vm370.cms.program.SystemLibraries;
import vm370.cp.ControlProgram;
import vm370.cp.vm.ConsoleOutput;
import vm370.directory.UserDirectory;
import vm370.directory.model.Directory;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.UserEntry;

/**
 * The minidisks a new system needs before anyone logs on, made ready at its first IPL by the CMS
 * installer ({@link DiskInstaller}) running in MAINT's machine: MAINT 190, the S-disk, with CMSLIB
 * MACLIB; MAINT 19E, the Y-disk, with the sample EXECs, assembler programs and SAMPLE MACLIB found
 * beside the system configuration ({@code exec/}, {@code asm/}); the 191 of every user who IPLs CMS,
 * with the files of {@code adisk/} (a PROFILE EXEC) unless the user is the batch machine; and the
 * 191 of the RSCS machine (the user who IPLs RSCS) with {@code RSCS CONFIG}, from {@code rscs.config}.
 */
public final class FirstIplDisks {

    /** The user whose machine runs the installation and who owns the system disks. */
    static final String SYSTEM_PROGRAMMER = "MAINT";
    /** The host file beside the system configuration that becomes the RSCS machine's {@code RSCS CONFIG}. */
    static final String RSCS_CONFIG = "rscs.config";
    private static final long TIMEOUT_MINUTES = 5;

    private FirstIplDisks() {
    }

    /**
     * The disks to prepare, in order: the S- and Y-disk when MAINT has them, then each CMS user's
     * 191 ({@code samples} is where the sample files are; a missing folder gives no files).
     */
    public static List<DiskInstaller.Disk> plan(UserDirectory directory, Path samples) {
        List<DiskInstaller.Disk> plan = new ArrayList<>();
        Directory entries = directory.snapshot();
        entries.user(SYSTEM_PROGRAMMER).map(entries::statements).ifPresent(maint -> {
            if (ownDisk(maint, 0x190)) {
                plan.add(new DiskInstaller.Disk(SYSTEM_PROGRAMMER, 0x190, "CMS190", List.of(SystemLibraries.cmslibFile())));
            }
            if (ownDisk(maint, 0x19E)) {
                plan.add(new DiskInstaller.Disk(SYSTEM_PROGRAMMER, 0x19E, "CMS19E", sampleFiles(samples)));
            }
        });
        List<InstallFile> aDisk = textFiles(samples.resolve("adisk"), 1);
        Path rscsConfig = samples.resolve(RSCS_CONFIG);
        for (UserEntry user : entries.users()) {
            List<EntryStatement> statements = entries.statements(user);
            if (!ownDisk(statements, 0x191)) {
                continue;
            }
            Optional<EntryStatement.Ipl> ipl = statements.stream().filter(st -> st instanceof EntryStatement.Ipl)
                    .map(EntryStatement.Ipl.class::cast).findFirst();
            String target = ipl.map(i -> i.target().toUpperCase(Locale.ROOT)).orElse("");
            if (target.equals("CMS")) {
                // The batch machine's 191 is the jobs' scratch disk: no PROFILE EXEC runs there.
                boolean batch = ipl.get().parm().orElse("").toUpperCase(Locale.ROOT).contains("BATCH");
                plan.add(new DiskInstaller.Disk(user.userid(), 0x191, label(user.userid()), batch ? List.of() : aDisk));
            } else if (target.equals("RSCS") && Files.isRegularFile(rscsConfig)) {
                // RSCS reads its configuration from its 191 at IPL, through DIAGNOSE X'250'.
                plan.add(new DiskInstaller.Disk(user.userid(), 0x191, label(user.userid()), List.of(
                        InstallFile.text(new FileId("RSCS", "CONFIG", 1), RecordFormat.F, lines(rscsConfig)))));
            }
        }
        return plan;
    }

    /**
     * At the first IPL of {@code system} (a new state folder), runs the installation in MAINT's
     * machine (logged on for it, logged off after) and tells {@code operator} what each disk got.
     * Later IPLs leave the disks alone. A system without MAINT gets nothing.
     */
    public static void prepare(RunningSystem system, Path samples, ConsoleOutput operator) throws InterruptedException {
        if (!system.firstIpl() || system.directory().lookup(SYSTEM_PROGRAMMER).isEmpty()) {
            return;
        }
        List<DiskInstaller.Disk> plan = plan(system.directory(), samples);
        ControlProgram cp = system.cp();
        DiskInstaller installer = new DiskInstaller(plan);
        cp.namedSystems().register(installer);
        if (!(cp.logon(SYSTEM_PROGRAMMER) instanceof ControlProgram.Logon.Created created)) {
            operator.line("DMKCPI958E " + SYSTEM_PROGRAMMER + " NOT AVAILABLE; MINIDISKS NOT PREPARED");
            return;
        }
        try {
            // The directory's IPL CMS may have begun: IPL ends it, as it would at a terminal.
            cp.ipl(created.machine(), DiskInstaller.NAME, "");
            installer.done().get(TIMEOUT_MINUTES, TimeUnit.MINUTES).forEach(outcome -> operator.line(describe(outcome)));
        } catch (TimeoutException | ExecutionException e) {
            operator.line("DMKCPI958E MINIDISKS NOT PREPARED: " + e);
        } finally {
            cp.logoff(SYSTEM_PROGRAMMER);
        }
    }

    /** One operator line per disk: what was done, or CP's or CMS's message when nothing could be. */
    static String describe(DiskInstaller.Outcome outcome) {
        DiskInstaller.Disk disk = outcome.disk();
        String which = String.format("%-8s %03X", disk.owner(), disk.address());
        return switch (outcome) {
            case DiskInstaller.Outcome.Ready ready -> String.format("DMKCPI959I MINIDISK %s %s%s", which,
                    ready.formatted() ? "FORMATTED " + disk.label() : "ALREADY FORMATTED",
                    ready.added() == 0 ? "" : ", " + ready.added() + (ready.added() == 1 ? " FILE" : " FILES") + " ADDED");
            case DiskInstaller.Outcome.Failed failed -> "DMKCPI958E MINIDISK " + which + " NOT PREPARED: " + failed.message();
        };
    }

    private static boolean ownDisk(List<EntryStatement> statements, int vaddr) {
        return statements.stream().anyMatch(s -> s instanceof EntryStatement.Minidisk m && m.vaddr() == vaddr);
    }

    /** A 191's label: the userid, cut to the label's six characters. */
    private static String label(String userid) {
        return userid.length() > 6 ? userid.substring(0, 6) : userid;
    }

    /**
     * The Y-disk's files: {@code exec/*.exec} as EXECs, {@code asm/*.asm} as ASSEMBLE files,
     * {@code decks/*.job} as JOB files (batch jobs to PUNCH), {@code asm/maclib} as SAMPLE MACLIB.
     */
    static List<InstallFile> sampleFiles(Path samples) {
        List<InstallFile> files = new ArrayList<>(textFiles(samples.resolve("exec"), 2));
        files.addAll(textFiles(samples.resolve("asm"), 2));
        files.addAll(textFiles(samples.resolve("decks"), 2));
        SequencedMap<String, List<String>> macros = new LinkedHashMap<>();
        for (Path macro : listed(samples.resolve("asm").resolve("maclib"), ".macro")) {
            String name = baseName(macro).toUpperCase(Locale.ROOT);
            if (FileId.valid(name)) {
                macros.put(name, lines(macro));
            }
        }
        if (!macros.isEmpty()) {
            files.add(SystemLibraries.macroLibrary(new FileId("SAMPLE", "MACLIB", 2), macros));
        }
        return files;
    }

    /** The host file kinds that become CMS files: by suffix, the file type and record format (F is 80, cards). */
    private enum Kind {
        EXEC(".exec", RecordFormat.V), ASSEMBLE(".asm", RecordFormat.F), JOB(".job", RecordFormat.F);

        private final String suffix;
        private final RecordFormat format;

        Kind(String suffix, RecordFormat format) {
            this.suffix = suffix;
            this.format = format;
        }
    }

    /** A folder's files of every {@link Kind}, named by their host names, with mode number {@code mode}. */
    private static List<InstallFile> textFiles(Path folder, int mode) {
        List<InstallFile> files = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (Path file : listed(folder, kind.suffix)) {
                FileId.parse(baseName(file), kind.name(), mode)
                        .ifPresent(id -> files.add(InstallFile.text(id, kind.format, lines(file))));
            }
        }
        return files;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static List<Path> listed(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
