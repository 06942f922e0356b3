package vm370.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vm370.directory.model.Volume;
import vm370.s370.device.dasd.DasdGeometry;

class VolumeConfigTest {

    @Test
    void sampleConfigurationListsItsVolumesSizedToItsDirectory() throws Exception {
        VolumeConfig config = SampleSystem.config();
        assertEquals(List.of(new Volume("VMSYS1", DasdGeometry.D3350, 300), new Volume("VMUSR1", DasdGeometry.D3350, 80),
                new Volume("VMUSR2", DasdGeometry.D3380, 40)), List.copyOf(config.volumes().volumes()));
        assertEquals(Optional.empty(), config.directoryUrl());
        String url = config.directoryUrl(Path.of("var"));
        assertTrue(url.startsWith("jdbc:h2:file:") && url.endsWith("directory;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"), url);
    }

    @Test
    void volumeSizeAndDirectoryUrlAreRead() throws Exception {
        VolumeConfig config = VolumeConfig.parse("TEST", List.of("* comment", "volume small 3370 2000",
                "DIRECTORY_URL jdbc:h2:tcp://host/dir", "CPU 2"));
        assertEquals(new Volume("SMALL", DasdGeometry.D3370, 2000), config.volumes().volume("SMALL").orElseThrow());
        assertEquals("jdbc:h2:tcp://host/dir", config.directoryUrl(Path.of("var")));
    }

    @Test
    void badVolumeStatementIsReportedWithItsLine() {
        DirectoryException e = assertThrows(DirectoryException.class,
                () -> VolumeConfig.parse("TEST", List.of("VOLUME A 3350", "VOLUME B 9999")));
        assertEquals("DMKDIR792E TEST LINE 2: INVALID STATEMENT - VOLUME B 9999", e.getMessage());
    }

    @Test
    void missingConfigurationFileIsReportedNotThrownAsIoError() {
        DirectoryException e = assertThrows(DirectoryException.class,
                () -> VolumeConfig.read(Path.of("no-such-system.config")));
        assertEquals("DMKDIR791E CANNOT READ SYSTEM CONFIGURATION no-such-system.config - NOT FOUND", e.getMessage());
    }
}
