package vm370.terminals.tn3270;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vm370.terminals.datastream.ByteWriter;
import vm370.terminals.screen.TerminalType;
import vm370.terminals.telnet.TelnetDecoder;
import vm370.terminals.telnet.TelnetEvent;

/** The server's negotiation, byte for byte as RFC 2355 / RFC 1576 and s3270 have it, fed one byte at a time. */
class ServerNegotiationTest {

    private static final HexFormat HEX = HexFormat.of();

    private final ServerNegotiation negotiation = new ServerNegotiation(new LuNames("VMT"), true);
    private final ByteWriter out = new ByteWriter();
    private final TelnetDecoder decoder = new TelnetDecoder(new TelnetDecoder.Sink() {
        @Override
        public void data(int b) {
            negotiation.data(b);
        }

        @Override
        public void event(TelnetEvent event) {
            negotiation.event(event, out);
        }
    }, 512);

    /** Feeds the client's bytes one at a time and returns what the server answered. */
    private String client(String hex) {
        out.reset();
        for (byte b : HEX.parseHex(hex.replace(" ", ""))) {
            decoder.feed(b & 0xFF);
        }
        return HEX.formatHex(out.toByteArray());
    }

    private static String ascii(String text) {
        return HEX.formatHex(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void tn3270eAssignsAnLuAndCounterProposesFunctions() {
        negotiation.start(out);
        assertEquals("fffd28", HEX.formatHex(out.toByteArray()));
        assertEquals("fffa280802fff0", client("fffb28"));
        assertEquals("fffa280204" + ascii("IBM-3278-2-E") + "01" + ascii("VMT00001") + "fff0",
                client("fffa280207" + ascii("IBM-3278-2-E") + "fff0"));
        assertEquals("fffa28030702fff0", client("fffa2803070002 04fff0"));
        assertNull(negotiation.outcome());
        assertEquals("", client("fffa28030402fff0"));
        assertEquals(new NegotiationOutcome.Display(TerminalType.parse("IBM-3278-2-E"), "VMT00001", true), negotiation.outcome());
    }

    @Test
    void refusedTn3270eFallsBackToTerminalTypeEorAndBinary() {
        negotiation.start(out);
        assertEquals("fffd18", client("fffc28"));
        assertEquals("fffa1801fff0", client("fffb18"));
        assertEquals("fffd19fffb19fffd00fffb00", client("fffa1800" + ascii("IBM-3279-4-E") + "fff0"));
        client("fffb19fffd19fffb00");
        assertNull(negotiation.outcome());
        client("fffd00");
        var display = assertInstanceOf(NegotiationOutcome.Display.class, negotiation.outcome());
        assertEquals(43, display.type().alternateRows());
        assertEquals(false, display.tn3270e());
    }

    @Test
    void printerDeviceTypeIsRejectedAndUnaskedOptionsRefusedOnce() {
        negotiation.start(out);
        client("fffb28");
        assertEquals("fffa28020605 04fff0".replace(" ", ""), client("fffa280207" + ascii("IBM-3287-1") + "fff0"));
        assertEquals("fffe1f", client("fffb1f"));
        assertEquals("", client("fffb1f"));
        assertEquals("fffc01", client("fffd01"));
    }

    @Test
    void nonIbmTerminalTypeIsALineTerminalAndRefusedBinaryFails() {
        negotiation.start(out);
        client("fffc28fffb18fffa1800" + ascii("VT100") + "fff0");
        assertEquals(new NegotiationOutcome.Line("VT100"), negotiation.outcome());

        ServerNegotiation other = new ServerNegotiation(new LuNames("VMT"), false);
        ByteWriter replies = new ByteWriter();
        other.start(replies);
        assertEquals("fffd18", HEX.formatHex(replies.toByteArray()));
        other.event(new TelnetEvent.Negotiation(vm370.terminals.telnet.TelnetCommand.WILL, 0x18), replies);
        other.event(new TelnetEvent.Subnegotiation(0x18, HEX.parseHex("00" + ascii("IBM-3278-2"))), replies);
        other.event(new TelnetEvent.Negotiation(vm370.terminals.telnet.TelnetCommand.WONT, 0x00), replies);
        assertInstanceOf(NegotiationOutcome.Failed.class, other.outcome());
    }

    @Test
    void terminalTypeSuffixAsksForAnLuAsOnAHerculesConsole() {
        LuNames names = new LuNames("VMT");
        ServerNegotiation first = new ServerNegotiation(names, false);
        ByteWriter replies = new ByteWriter();
        first.start(replies);
        first.event(new TelnetEvent.Negotiation(vm370.terminals.telnet.TelnetCommand.WILL, 0x18), replies);
        first.event(new TelnetEvent.Subnegotiation(0x18, HEX.parseHex("00" + ascii("IBM-3278-2@graf01"))), replies);
        for (int option : new int[] {0x19, 0x00}) {
            first.event(new TelnetEvent.Negotiation(vm370.terminals.telnet.TelnetCommand.WILL, option), replies);
            first.event(new TelnetEvent.Negotiation(vm370.terminals.telnet.TelnetCommand.DO, option), replies);
        }
        assertEquals(new NegotiationOutcome.Display(TerminalType.parse("IBM-3278-2"), "GRAF01", false), first.outcome());

        ServerNegotiation second = new ServerNegotiation(names, false);
        second.start(replies);
        second.event(new TelnetEvent.Negotiation(vm370.terminals.telnet.TelnetCommand.WILL, 0x18), replies);
        second.event(new TelnetEvent.Subnegotiation(0x18, HEX.parseHex("00" + ascii("IBM-3278-2@GRAF01"))), replies);
        assertEquals(new NegotiationOutcome.Failed("LU GRAF01 is not available"), second.outcome());
    }
}
