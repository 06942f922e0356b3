package vm370.cp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemConfigReaderTest {

    private static final Path VAR = Path.of("/tmp/var");

    private static SystemConfig parse(String text) throws ConfigException {
        return new SystemConfigReader(VAR).parse("test.config", text.lines().toList());
    }

    @Test
    void anEmptyFileGivesTheDefaults() throws ConfigException {
        SystemConfig c = parse("* nothing\n");
        assertEquals("VM370", c.systemName());
        assertEquals("VM370", c.nodeId());
        assertEquals(64L << 20, c.realStorage());
        assertEquals(1, c.processors());
        assertEquals("OPERATOR", c.operator());
        assertEquals(3270, c.terminals().port());
        assertEquals(VAR.resolve("dasd"), c.imageDirectory());
        assertEquals(new SystemConfig.LogonLock(5, 15), c.logonLock());
    }

    @Test
    void everyStatementIsRead() throws ConfigException {
        SystemConfig c = parse("""
                system_identifier VMTEST
                NODE NODEA
                STORAGE 32M
                PROCESSORS 2
                VOLUME VMSYS1 3350
                VOLUME VMTD01 3350 100
                TDISK VMTD01
                IMAGES images
                OPERATOR OPER
                AUTOLOG RSCS CMSBATCH
                TERMINAL PORT 3270 TLS_PORT 3271 KEYSTORE keys.p12 PASSWORD secret
                READER 00C CLASS A HOPPER hopper SOCKET 3505
                PRINTER 00E CLASS AB OUTPUT printer
                PUNCH 00D
                LOGON_LOCK 3 10
                TIMEZONE EST
                LOGMSG Welcome to   the test system
                """);
        assertEquals("VMTEST", c.systemName());
        assertEquals("NODEA", c.nodeId());
        assertEquals(32L << 20, c.realStorage());
        assertEquals(2, c.processors());
        assertEquals(List.of("VMTD01"), c.temporaryDiskVolumes());
        assertEquals(VAR.resolve("images").resolve("VMSYS1.3350"), c.imageOf("VMSYS1"));
        assertEquals(List.of("RSCS", "CMSBATCH"), c.autolog());
        assertEquals(3271, c.terminals().tlsPort().orElseThrow());
        assertEquals(3, c.unitRecord().size());
        assertEquals(0x00C, c.unitRecord().get(0).address());
        assertEquals(3505, c.unitRecord().get(0).socketPort().orElseThrow());
        assertEquals("AB", c.unitRecord().get(1).classes());
        assertEquals(new SystemConfig.LogonLock(3, 10), c.logonLock());
        assertEquals(ZoneId.of("EST", ZoneId.SHORT_IDS), c.timeZone());
        assertEquals(List.of("Welcome to   the test system"), c.logonMessage());
    }

    @Test
    void everyErrorIsReportedWithItsLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("""
                STORAGE 12X
                PROCESSORS 99
                BOGUS STATEMENT
                READER 0ZZ
                TERMINAL PORT 3270 TLS_PORT 3271
                TDISK NOSUCH
                NODE A B
                """));
        List<String> errors = e.errors();
        assertTrue(errors.get(0).contains("LINE 1: INVALID STORAGE SIZE 12X"), errors.get(0));
        assertTrue(errors.get(1).contains("LINE 2: INVALID NUMBER 99"), errors.get(1));
        assertTrue(errors.get(2).contains("LINE 3: UNKNOWN STATEMENT BOGUS"), errors.get(2));
        assertTrue(errors.get(3).contains("LINE 4: INVALID DEVICE ADDRESS 0ZZ"), errors.get(3));
        assertTrue(errors.get(4).contains("LINE 5: TLS_PORT AND KEYSTORE GO TOGETHER"), errors.get(4));
        assertTrue(errors.get(5).contains("LINE 7: UNEXPECTED OPERAND B"), errors.get(5));
        assertTrue(errors.get(6).contains("TDISK VOLUME NOSUCH IS NOT A CONFIGURED VOLUME"), errors.get(6));
        assertEquals(7, errors.size());
    }

    @Test
    void aBadVolumeStatementIsReportedByTheDirectorysReader() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("VOLUME VMSYS1 2400\n"));
        assertTrue(e.errors().get(0).contains("LINE 1"), e.errors().get(0));
    }
}
