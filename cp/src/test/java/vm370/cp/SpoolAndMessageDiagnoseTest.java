package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vm370.cp.GuestCalls.byteAt;
import static vm370.cp.GuestCalls.word;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.cp.guest.GuestMachine;
import vm370.s370.text.Ebcdic;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.VirtualPunch;

/** DIAGNOSE 14 lets a program read its reader's files with their headers, record by record. */
class SpoolAndMessageDiagnoseTest {

    private static final String DIRECTORY = """
            USER RSCS RSCS 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            USER MAINT MAINT 1M 16M G
             CONSOLE 009 3215
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest("STORAGE 4M\n", DIRECTORY);

    private static int diagnose14(GuestMachine m, int rx, int reader, int subcode) {
        m.setGpr(2, rx);
        m.setGpr(4, reader);
        m.setGpr(5, subcode);
        return m.diagnose(0x14, 2, 4);
    }

    private static String ebcdic(GuestMachine m, int address, int length) {
        byte[] b = new byte[length];
        m.read(address, b, 0, length);
        return Ebcdic.CP037.decode(b).strip();
    }

    @Test
    void diagnose14ReadsTheNextFilesHeaderThenItsRecords() throws Exception {
        VirtualPunch punch = new VirtualPunch(0x00D, "MAINT", system.spool.manager());
        punch.setTo("RSCS");
        for (String card : List.of("FIRST CARD", "SECOND CARD")) {
            punch.write(UnitRecordCommand.PUNCH_STACKER_1, Ebcdic.CP037.encodePadded(card, 80));
        }
        punch.close(CloseOptions.PLAIN);
        List<String> log = JavaGuest.start(system, "RSCS", (m, g) -> {
            int cc = diagnose14(m, 0x2000, 0x00C, 0x14);
            g.log("header cc" + cc + " type " + Integer.toHexString(byteAt(m, 0x2003)) + " records " + word(m, 0x2004)
                    + " from " + ebcdic(m, 0x2008, 8) + " class " + ebcdic(m, 0x2002, 1));
            for (int i = 0; i < 3; i++) {
                cc = diagnose14(m, 0x3000, 0x00C, 0);
                int length = byteAt(m, 0x3002) << 8 | byteAt(m, 0x3003);
                g.log("record cc" + cc + (cc == 0 ? " op " + Integer.toHexString(byteAt(m, 0x3000)) + " "
                        + length + " " + ebcdic(m, 0x3004, length) : ""));
            }
            g.log("no more files cc" + diagnose14(m, 0x3000, 0x00C, 0));
            g.log("no header cc" + diagnose14(m, 0x2000, 0x00C, 0x14));
            g.log("select missing cc" + diagnose14(m, 1234, 0x00C, 0xFFF));
            g.log("console cc" + diagnose14(m, 0x3000, 0x009, 0));
        }).results();
        assertEquals(List.of("header cc0 type 80 records 2 from MAINT class A",
                "record cc0 op 1 80 FIRST CARD", "record cc0 op 1 80 SECOND CARD", "record cc1",
                "no more files cc2", "no header cc2", "select missing cc2", "console cc3", "END"), log);
    }
}
