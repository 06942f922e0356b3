package vm370.terminals.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.s370.text.Ebcdic;
import vm370.terminals.datastream.Aid;
import vm370.terminals.datastream.Attribute;
import vm370.terminals.datastream.Color;
import vm370.terminals.datastream.Command;
import vm370.terminals.datastream.DataStreamException;
import vm370.terminals.datastream.FieldAttribute;
import vm370.terminals.datastream.Highlight;
import vm370.terminals.datastream.InboundRecord;
import vm370.terminals.datastream.Order;
import vm370.terminals.datastream.OutboundRecord;
import vm370.terminals.datastream.StructuredField;
import vm370.terminals.datastream.Wcc;
import vm370.terminals.datastream.WriteBuilder;

/** The screen model applies every order as GA23-0059 says and reads back what the operator typed. */
class ScreenTest {

    private static final Ebcdic CP = Ebcdic.CP037;

    private final Screen screen = new Screen(TerminalType.of(4, true, true));

    private OutboundRecord.Write logon() {
        return WriteBuilder.eraseWrite(80)
                .at(0, 0).field(FieldAttribute.PROTECTED_INTENSIFIED).text("VM/370 ONLINE")
                .at(2, 0).field(FieldAttribute.PROTECTED).text("USERID:")
                .field(FieldAttribute.UNPROTECTED).insertCursor().at(2, 20).field(FieldAttribute.AUTOSKIP)
                .at(3, 0).field(FieldAttribute.PROTECTED).text("PASSWORD:")
                .field(FieldAttribute.UNPROTECTED_HIDDEN).at(3, 20).field(FieldAttribute.AUTOSKIP)
                .build();
    }

    @Test
    void eraseWriteBuildsFieldsAndPlacesTheCursor() {
        screen.apply(logon());
        assertEquals(24, screen.rows());
        assertEquals(7, screen.fields().size());
        assertEquals(2 * 80 + 9, screen.cursor());
        assertFalse(screen.isKeyboardLocked());
        assertEquals("VM/370 ONLINE", screen.row(0, CP).strip());
        assertTrue(screen.isProtectedAt(0) && !screen.isProtectedAt(2 * 80 + 9));
    }

    @Test
    void eraseWriteAlternateSwitchesToTheAlternateSize() {
        screen.apply(new OutboundRecord.Write(Command.ERASE_WRITE_ALTERNATE, Wcc.RESTORE, List.of(new Order.SetBufferAddress(42 * 80))));
        assertEquals(43, screen.rows());
        assertTrue(screen.isAlternate());
        assertThrows(DataStreamException.class, () -> screen.apply(new OutboundRecord.Write(Command.ERASE_WRITE, Wcc.NONE,
                List.of(new Order.SetBufferAddress(42 * 80)))), "address beyond the default screen");
        screen.apply(new OutboundRecord.WriteStructuredField(List.of(new StructuredField.EraseReset(true))));
        assertEquals(43, screen.rows());
    }

    @Test
    void readModifiedSendsOnlyModifiedFieldsWithoutNulls() {
        screen.apply(logon());
        Keyboard keys = new Keyboard(screen, CP);
        keys.type("maint");
        keys.tab();
        keys.type("secret");
        InboundRecord sent = keys.press(Aid.ENTER);
        assertEquals(new InboundRecord.Read(Aid.ENTER, 3 * 80 + 17, List.of(
                new Order.SetBufferAddress(2 * 80 + 9), new Order.Text(CP.encode("maint")),
                new Order.SetBufferAddress(3 * 80 + 11), new Order.Text(CP.encode("secret")))), sent);
        assertTrue(screen.isKeyboardLocked());
        assertEquals(new InboundRecord.ShortRead(Aid.PA1), screen.readModified(Aid.PA1, false));
    }

    @Test
    void hostMirrorTakesTheTerminalsInput() {
        Screen terminal = new Screen(TerminalType.of(2, false, false));
        Screen mirror = new Screen(TerminalType.of(2, false, false));
        terminal.apply(logon());
        mirror.apply(logon());
        Keyboard keys = new Keyboard(terminal, CP);
        keys.type("operator");
        mirror.applyInbound(keys.press(Aid.PF3));
        Field userid = mirror.fieldAt(2 * 80 + 9);
        assertEquals("operator", mirror.fieldText(userid, CP).strip());
        assertTrue(userid.isModified());
        mirror.applyInbound(terminal.readBuffer(Aid.NO_AID));
        assertEquals(terminal.fields(), mirror.fields());
        mirror.applyInbound(new InboundRecord.ShortRead(Aid.CLEAR));
        assertFalse(mirror.isFormatted());
    }

    @Test
    void repeatEraseUnprotectedAndProgramTabFollowTheRules() {
        screen.apply(logon());
        new Keyboard(screen, CP).type("maint");
        screen.apply(new OutboundRecord.Write(Command.WRITE, Wcc.NONE, List.of(
                new Order.SetBufferAddress(5 * 80), new Order.RepeatToAddress(6 * 80, CP.toByte('-', (byte) 0) & 0xFF, false),
                new Order.SetBufferAddress(2 * 80), new Order.EraseUnprotectedToAddress(3 * 80))));
        assertEquals("-".repeat(80), screen.row(5, CP));
        assertEquals("USERID:", screen.row(2, CP).strip(), "EUA nulls the unprotected field, keeps the label");
        screen.apply(new OutboundRecord.Write(Command.WRITE, Wcc.NONE, List.of(
                new Order.SetBufferAddress(0), new Order.ProgramTab(), new Order.Text(CP.encode("xy")),
                new Order.ProgramTab(), new Order.Text(CP.encode("pw")), new Order.InsertCursor())));
        assertEquals("xy", screen.text(2 * 80 + 9, 11, CP, false).strip());
        assertEquals(3 * 80 + 13, screen.cursor());
        screen.apply(new WriteBuilder(Command.WRITE, Wcc.NONE, 80, CP).at(6, 0).repeatTo(7, 0, '=')
                .at(2, 0).eraseUnprotectedTo(3, 0).at(0, 0).programTab().text("ab").build());
        assertEquals("=".repeat(80), screen.row(6, CP));
        assertEquals("ab", screen.fieldText(screen.fieldAt(2 * 80 + 9), CP).strip(), "EUA, then PT to the first input field");
    }

    @Test
    void extendedAndCharacterAttributesColorTheCells() {
        screen.apply(new WriteBuilder(Command.ERASE_WRITE, Wcc.RESTORE, 80, CP)
                .field(FieldAttribute.PROTECTED, Color.RED, Highlight.REVERSE).text("AB")
                .characterAttribute(Attribute.foreground(Color.YELLOW)).text("C")
                .characterAttribute(new Attribute(0, 0)).text("D").build());
        assertEquals(Color.RED, screen.colorAt(1));
        assertEquals(Highlight.REVERSE, screen.highlightAt(2));
        assertEquals(Color.YELLOW, screen.colorAt(3));
        assertEquals(Color.RED, screen.colorAt(4));
        screen.apply(new OutboundRecord.Write(Command.WRITE, Wcc.NONE, List.of(new Order.SetBufferAddress(0),
                new Order.ModifyField(List.of(Attribute.foreground(Color.BLUE))))));
        assertEquals(Color.BLUE, screen.colorAt(1));
    }

    @Test
    void eraseAllUnprotectedClearsInputAndUnlocks() {
        screen.apply(logon());
        Keyboard keys = new Keyboard(screen, CP);
        keys.type("maint");
        keys.press(Aid.ENTER);
        screen.apply(new OutboundRecord.EraseAllUnprotected());
        assertFalse(screen.isKeyboardLocked());
        assertEquals("", screen.fieldText(screen.fieldAt(2 * 80 + 9), CP).strip());
        assertEquals(2 * 80 + 9, screen.cursor());
        assertFalse(screen.fieldAt(2 * 80 + 9).isModified());
    }

    @Test
    void graphicEscapeCharactersComeBackAsGraphicEscapes() {
        screen.apply(new OutboundRecord.Write(Command.ERASE_WRITE, Wcc.RESTORE,
                List.of(new Order.GraphicEscape(0xAD), new Order.Text(CP.encode("A")))));
        InboundRecord.Read read = (InboundRecord.Read) screen.readModified(Aid.ENTER, false);
        assertEquals(List.of(new Order.GraphicEscape(0xAD), new Order.Text(CP.encode("A"))), read.orders());
    }

    @Test
    void keyboardRefusesProtectedNumericAndOverflow() {
        screen.apply(WriteBuilder.eraseWrite(80).field(FieldAttribute.PROTECTED).text("N:")
                .field(new FieldAttribute(false, true, FieldAttribute.Display.NORMAL, false)).insertCursor()
                .at(0, 8).field(FieldAttribute.AUTOSKIP).at(1, 0).field(FieldAttribute.UNPROTECTED).build());
        Keyboard keys = new Keyboard(screen, CP);
        assertEquals(Keyboard.Outcome.NUMERIC, keys.type('a'));
        assertEquals(Keyboard.Outcome.ACCEPTED, keys.type("12"));
        keys.home();
        keys.toggleInsertMode();
        assertEquals(Keyboard.Outcome.ACCEPTED, keys.type("90"));
        assertEquals("9012", screen.text(4, 4, CP, false));
        assertEquals(Keyboard.Outcome.OVERFLOW, keys.type('8'), "insert needs a null at the end of the field");
        keys.toggleInsertMode();
        keys.home();
        keys.type("3456");
        assertEquals(81, screen.cursor(), "typing past an autoskip field skips to the next input field");
        keys.up();
        assertEquals(Keyboard.Outcome.PROTECTED, keys.type('x'));
    }
}
