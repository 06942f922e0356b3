package vm370.cms.display;

import vm370.cp.guest.GuestMachine;
import vm370.s370.text.Ebcdic;

/**
 * Edits a CMS message as the user's CP SET EMSG says, by asking CP with DIAGNOSE X'5C': the
 * message is put in the machine's storage, and CP answers with the part to show (all of it, the
 * text after the id, the id alone, or nothing).
 */
public final class MessageEditing {

    private static final int RX = 2;
    private static final int RY = 4;

    private final GuestMachine machine;
    private final int workArea;
    private final int workLength;

    /** Uses {@code workLength} bytes of the machine's storage at {@code workArea}. */
    public MessageEditing(GuestMachine machine, int workArea, int workLength) {
        this.machine = machine;
        this.workArea = workArea;
        this.workLength = workLength;
    }

    /** The part of {@code message} to show; null when SET EMSG OFF shows nothing. */
    public String edit(String message) {
        byte[] text = Ebcdic.CP037.encode(message);
        int length = Math.min(text.length, workLength);
        machine.write(workArea, text, 0, length);
        machine.setGpr(RX, workArea);
        machine.setGpr(RY, length);
        machine.diagnose(0x5C, RX, RY);
        int start = machine.gpr(RX) - workArea;
        int shown = machine.gpr(RY);
        if (shown <= 0) {
            return null;
        }
        byte[] out = new byte[shown];
        machine.read(workArea + start, out, 0, shown);
        return Ebcdic.CP037.decode(out);
    }
}
