package vm370.cp.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vm370.directory.DirectoryException;
import vm370.directory.VolumeConfig;

/**
 * Reads a SYSTEM CONFIG file. One statement a line, {@code *} in column 1 for comments, keywords in
 * any case. Every error is collected with its line number before any is reported, so a system
 * programmer fixes a file in one pass. {@code VOLUME} and {@code DIRECTORY_URL} are read by the
 * directory's {@link VolumeConfig}, which shares this file.
 *
 * <pre>
 * SYSTEM_IDENTIFIER name          the name on the logo screen          (VM370)
 * NODE nodeid                     the network node, for RSCS           (the system name)
 * STORAGE size                    CP's real storage: K or M            (64M)
 * PROCESSORS n                    real processors, 1-16                (1)
 * VOLUME volser devtype [size]    a DASD volume (the directory's)
 * DIRECTORY_URL jdbc-url          a shared directory (the directory's)
 * IMAGES folder                   where volume images live             (var/dasd)
 * TDISK volser                    a volume CP carves temporary disks from
 * OPERATOR userid                 logged on at the system console      (OPERATOR)
 * AUTOLOG userid...               logged on, disconnected, at IPL
 * TERMINAL PORT n [TLS_PORT n KEYSTORE file [PASSWORD pw]]             (PORT 3270)
 * READER addr [CLASS c] [HOPPER folder] [SOCKET port]
 * PRINTER addr [CLASS c] [OUTPUT folder]
 * PUNCH addr [CLASS c] [OUTPUT folder]
 * LOGON_LOCK attempts minutes     lock a userid after wrong passwords  (5 15)
 * TIMEZONE zone                   the zone of LOGON AT and QUERY TIME  (UTC)
 * LOGMSG text                     a line of the log message shown at logon
 * </pre>
 * Relative folders and files are taken from the state folder ({@code var/}).
 */
public final class SystemConfigReader {

    private final Path varDirectory;
    private final List<String> errors = new ArrayList<>();
    private String file;
    private int line;

    SystemConfigReader(Path varDirectory) {
        this.varDirectory = varDirectory;
    }

    /** Reads and checks a configuration file; relative paths in it are taken from {@code varDirectory}. */
    public static SystemConfig read(Path configFile, Path varDirectory) throws ConfigException {
        List<String> lines;
        try {
            lines = Files.readAllLines(configFile);
        } catch (IOException e) {
            throw new ConfigException(List.of("DMKSYS001E CANNOT READ " + configFile + ": " + e.getMessage()));
        }
        return new SystemConfigReader(varDirectory).parse(configFile.toString(), lines);
    }

    SystemConfig parse(String name, List<String> lines) throws ConfigException {
        file = name;
        VolumeConfig volumes = volumes(name, lines);
        var builder = new Builder();
        for (line = 1; line <= lines.size(); line++) {
            String text = lines.get(line - 1);
            if (text.isBlank() || text.startsWith("*")) {
                continue;
            }
            statement(new Words(text.strip()), builder);
        }
        if (volumes != null) {
            for (String volser : builder.tdisks) {
                if (volumes.volumes().volume(volser).isEmpty()) {
                    errors.add("DMKSYS003E " + file + ": TDISK VOLUME " + volser + " IS NOT A CONFIGURED VOLUME");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return builder.build(volumes);
    }

    private VolumeConfig volumes(String name, List<String> lines) {
        try {
            return VolumeConfig.parse(name, lines);
        } catch (DirectoryException e) {
            errors.add(e.getMessage());
            return null;
        }
    }

    private void statement(Words w, Builder b) {
        String verb = w.next().toUpperCase(Locale.ROOT);
        switch (verb) {
            case "VOLUME", "DIRECTORY_URL" -> w.rest();
            case "SYSTEM_IDENTIFIER" -> b.systemName = name(w, 8);
            case "NODE" -> b.nodeId = name(w, 8);
            case "STORAGE" -> b.storage = size(w);
            case "PROCESSORS" -> b.processors = number(w, 1, 16);
            case "IMAGES" -> b.images = path(w);
            case "TDISK" -> b.tdisks.add(name(w, 6));
            case "OPERATOR" -> b.operator = name(w, 8);
            case "AUTOLOG" -> {
                do {
                    b.autolog.add(name(w, 8));
                } while (w.hasNext());
            }
            case "TERMINAL" -> terminal(w, b);
            case "READER" -> b.unitRecord.add(unitRecord(SystemConfig.RealUnitRecord.Kind.READER, w));
            case "PRINTER" -> b.unitRecord.add(unitRecord(SystemConfig.RealUnitRecord.Kind.PRINTER, w));
            case "PUNCH" -> b.unitRecord.add(unitRecord(SystemConfig.RealUnitRecord.Kind.PUNCH, w));
            case "LOGON_LOCK" -> b.logonLock = new SystemConfig.LogonLock(number(w, 1, 1000), number(w, 0, 100_000));
            case "TIMEZONE" -> b.zone = zone(w);
            case "LOGMSG" -> b.logmsg.add(w.rest());
            default -> {
                error("UNKNOWN STATEMENT " + verb);
                w.rest();
            }
        }
        if (w.hasNext()) {
            error("UNEXPECTED OPERAND " + w.next());
        }
    }

    private void terminal(Words w, Builder b) {
        if (!keyword(w, "PORT")) {
            return;
        }
        int port = number(w, 1, 65535);
        Optional<Integer> tlsPort = Optional.empty();
        Optional<Path> keystore = Optional.empty();
        Optional<String> password = Optional.empty();
        while (w.hasNext()) {
            String k = w.next().toUpperCase(Locale.ROOT);
            switch (k) {
                case "TLS_PORT" -> tlsPort = Optional.of(number(w, 1, 65535));
                case "KEYSTORE" -> keystore = Optional.of(path(w));
                case "PASSWORD" -> password = Optional.of(w.hasNext() ? w.next() : missing("PASSWORD"));
                default -> error("UNKNOWN TERMINAL OPERAND " + k);
            }
        }
        if (tlsPort.isPresent() != keystore.isPresent()) {
            error("TLS_PORT AND KEYSTORE GO TOGETHER");
        }
        b.terminals = new SystemConfig.TerminalPorts(port, tlsPort, keystore, password);
    }

    private SystemConfig.RealUnitRecord unitRecord(SystemConfig.RealUnitRecord.Kind kind, Words w) {
        int address = hexAddress(w);
        String classes = "A";
        Optional<Path> folder = Optional.empty();
        Optional<Integer> socket = Optional.empty();
        String folderKeyword = kind == SystemConfig.RealUnitRecord.Kind.READER ? "HOPPER" : "OUTPUT";
        while (w.hasNext()) {
            String k = w.next().toUpperCase(Locale.ROOT);
            if (k.equals("CLASS")) {
                classes = w.hasNext() ? w.next().toUpperCase(Locale.ROOT) : missing("CLASS");
                if (!classes.matches("[A-Z0-9*]{1,8}")) {
                    error("INVALID CLASS " + classes);
                }
            } else if (k.equals(folderKeyword)) {
                folder = Optional.of(path(w));
            } else if (k.equals("SOCKET") && kind == SystemConfig.RealUnitRecord.Kind.READER) {
                socket = Optional.of(number(w, 1, 65535));
            } else {
                error("UNKNOWN " + kind + " OPERAND " + k);
            }
        }
        return new SystemConfig.RealUnitRecord(kind, address, classes, folder, socket);
    }

    private boolean keyword(Words w, String expected) {
        String k = w.hasNext() ? w.next().toUpperCase(Locale.ROOT) : "";
        if (!k.equals(expected)) {
            error("EXPECTED " + expected + (k.isEmpty() ? "" : " NOT " + k));
            return false;
        }
        return true;
    }

    private String name(Words w, int maxLength) {
        if (!w.hasNext()) {
            return missing("NAME");
        }
        String n = w.next().toUpperCase(Locale.ROOT);
        if (!n.matches("[A-Z0-9@#$_-]{1," + maxLength + "}")) {
            error("INVALID NAME " + n);
        }
        return n;
    }

    private int number(Words w, int min, int max) {
        String n = w.hasNext() ? w.next() : missing("NUMBER");
        if (!n.matches("[0-9]{1,9}") || Integer.parseInt(n) < min || Integer.parseInt(n) > max) {
            error("INVALID NUMBER " + n + " (" + min + "-" + max + ")");
            return min;
        }
        return Integer.parseInt(n);
    }

    private int hexAddress(Words w) {
        String a = w.hasNext() ? w.next() : missing("ADDRESS");
        if (!a.matches("[0-9A-Fa-f]{1,4}")) {
            error("INVALID DEVICE ADDRESS " + a);
            return 0;
        }
        return Integer.parseInt(a, 16);
    }

    private long size(Words w) {
        String s = w.hasNext() ? w.next().toUpperCase(Locale.ROOT) : missing("SIZE");
        if (!s.matches("[0-9]{1,6}[KM]")) {
            error("INVALID STORAGE SIZE " + s);
            return 0;
        }
        long n = Long.parseLong(s.substring(0, s.length() - 1)) << (s.endsWith("K") ? 10 : 20);
        if (n < 1 << 20 || n > 16L << 30 || n % 4096 != 0) {
            error("STORAGE SIZE " + s + " OUT OF RANGE (1M-16G, a multiple of 4K)");
        }
        return n;
    }

    private Path path(Words w) {
        String p = w.hasNext() ? w.next() : missing("PATH");
        return varDirectory.resolve(p);
    }

    private ZoneId zone(Words w) {
        String z = w.hasNext() ? w.next() : missing("ZONE");
        try {
            return ZoneId.of(z, ZoneId.SHORT_IDS);
        } catch (DateTimeException e) {
            error("UNKNOWN TIME ZONE " + z);
            return ZoneId.of("UTC");
        }
    }

    private String missing(String what) {
        error("MISSING " + what);
        return "";
    }

    private void error(String text) {
        errors.add("DMKSYS002E " + file + " LINE " + line + ": " + text);
    }

    /** The blank-separated words of a statement, consumed left to right. */
    private static final class Words {
        private final String[] words;
        private final String text;
        private int next;

        Words(String text) {
            this.text = text;
            this.words = text.split("\\s+");
        }

        boolean hasNext() {
            return next < words.length;
        }

        String next() {
            return words[next++];
        }

        /** The rest of the line after the words consumed so far, blanks kept. */
        String rest() {
            int at = 0;
            for (int i = 0; i < next; i++) {
                at = text.indexOf(words[i], at) + words[i].length();
            }
            next = words.length;
            return text.substring(at).strip();
        }
    }

    /** The statements seen so far, with the defaults of an empty file. */
    private final class Builder {
        String systemName = "VM370";
        String nodeId;
        long storage = 64L << 20;
        int processors = 1;
        Path images = varDirectory.resolve("dasd");
        final List<String> tdisks = new ArrayList<>();
        String operator = "OPERATOR";
        final List<String> autolog = new ArrayList<>();
        SystemConfig.TerminalPorts terminals = new SystemConfig.TerminalPorts(3270, Optional.empty(), Optional.empty(), Optional.empty());
        final List<SystemConfig.RealUnitRecord> unitRecord = new ArrayList<>();
        SystemConfig.LogonLock logonLock = new SystemConfig.LogonLock(5, 15);
        ZoneId zone = ZoneId.of("UTC");
        final List<String> logmsg = new ArrayList<>();

        SystemConfig build(VolumeConfig volumes) {
            return new SystemConfig(systemName, nodeId == null ? systemName : nodeId, storage, processors,
                    volumes.volumes(), volumes.directoryUrl(), images, tdisks, operator, autolog, terminals,
                    unitRecord, logonLock, zone, logmsg);
        }
    }
}
