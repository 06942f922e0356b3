package vm370.cp.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vm370.directory.model.VolumeSet;

/**
 * The real machine CP runs on, as the SYSTEM CONFIG file describes it: the system's name and
 * network node, CP's real storage (the frame pool that backs every virtual machine), the real
 * processors, DASD volumes, terminal ports, real unit-record devices, and who is logged on at IPL.
 *
 * @param imageDirectory where volume images live, {@code <volser>.<devtype>} each
 */
public record SystemConfig(String systemName, String nodeId, long realStorage, int processors,
                           VolumeSet volumes, Optional<String> directoryUrl, Path imageDirectory,
                           List<String> temporaryDiskVolumes, String operator, List<String> autolog,
                           TerminalPorts terminals, List<RealUnitRecord> unitRecord, LogonLock logonLock,
                           ZoneId timeZone, List<String> logonMessage) {

    public SystemConfig {
        temporaryDiskVolumes = List.copyOf(temporaryDiskVolumes);
        autolog = List.copyOf(autolog);
        unitRecord = List.copyOf(unitRecord);
        logonMessage = List.copyOf(logonMessage);
    }

    /** Where people connect: TN3270 and line-mode telnet share one port; TLS on a second when a keystore is given. */
    public record TerminalPorts(int port, Optional<Integer> tlsPort, Optional<Path> keystore, Optional<String> keystorePassword) { }

    /** A real card reader, printer or punch. */
    public record RealUnitRecord(Kind kind, int address, String classes, Optional<Path> folder, Optional<Integer> socketPort) {
        public enum Kind { READER, PRINTER, PUNCH }
    }

    /** After {@code attempts} wrong passwords in a row a userid is locked for {@code minutes}. */
    public record LogonLock(int attempts, int minutes) { }

    /** The image file of a volume: {@code <imageDirectory>/<volser>.<devtype>}, as Hercules names them. */
    public Path imageOf(String volser) {
        var volume = volumes.volume(volser).orElseThrow(() -> new IllegalArgumentException("volume: " + volser + " (expected: a configured volume)"));
        return imageDirectory.resolve(volser + "." + volume.type().typeName());
    }
}
