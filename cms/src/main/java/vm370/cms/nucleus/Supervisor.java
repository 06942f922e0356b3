package vm370.cms.nucleus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import vm370.cp.guest.GuestMachine;
import vm370.s370.text.Ebcdic;

/**
 * The nucleus's own I/O supervisor: runs channel programs on virtual devices and issues the
 * DIAGNOSE codes CMS uses (08 CP command, 0C clock, 24 device type, 4C accounting, 5C message editing), with
 * parameter lists in the nucleus's areas of guest storage (see {@link StorageMap}).
 * @vm370 DMSIOS
 */
final class Supervisor {

    static final Ebcdic EBCDIC = Ebcdic.CP037;
    private static final int CHAIN_COMMAND = 0x40;
    private static final int SUPPRESS_LENGTH = 0x20;

    /** The ending of a channel program: condition code of SIO (or 1 with the status), unit status, residual count. */
    record Ending(int unitStatus, int channelStatus, int residual) {
        boolean unitCheck() {
            return (unitStatus & 0x02) != 0;
        }

        boolean unitException() {
            return (unitStatus & 0x01) != 0;
        }

        boolean attention() {
            return (unitStatus & 0x80) != 0;
        }

        boolean ok() {
            return (unitStatus & 0x03) == 0 && channelStatus == 0;
        }
    }

    private final GuestMachine machine;
    private final byte[] word = new byte[8];
    private final byte[] csw = new byte[8];
    /** Told of every attention status taken here, with its device (the console owns its typed lines). */
    private IntConsumer attentionOwner = device -> { };

    Supervisor(GuestMachine machine) {
        this.machine = machine;
    }

    GuestMachine machine() {
        return machine;
    }

    void write(int address, byte[] bytes, int offset, int length) {
        machine.write(address, bytes, offset, length);
    }

    void read(int address, byte[] into, int offset, int length) {
        machine.read(address, into, offset, length);
    }

    void putCcw(int at, int command, int dataAddress, int flags, int count) {
        word[0] = (byte) command;
        word[1] = (byte) (dataAddress >>> 16);
        word[2] = (byte) (dataAddress >>> 8);
        word[3] = (byte) dataAddress;
        word[4] = (byte) flags;
        word[5] = 0;
        word[6] = (byte) (count >>> 8);
        word[7] = (byte) count;
        machine.write(at, word, 0, 8);
    }

    /** Builds a one-CCW program at {@code ccwAt} and runs it. */
    Ending single(int device, int ccwAt, int command, int dataAddress, int count) {
        putCcw(ccwAt, command, dataAddress, SUPPRESS_LENGTH, count);
        return run(device, ccwAt);
    }

    static int chained(int flags) {
        return flags | CHAIN_COMMAND;
    }

    static int suppressLength() {
        return SUPPRESS_LENGTH;
    }

    /**
     * Starts a channel program and waits for its end. Status already pending on the device (an
     * attention from a line typed ahead) is taken, handed to the attention's owner, and the start
     * retried; a device that is not there ends with a unit check.
     */
    Ending run(int device, int ccwAt) {
        for (int attempt = 0; attempt < 8; attempt++) {
            int cc = machine.startIo(device, ccwAt);
            if (cc == 3) {
                return new Ending(0x02, 0, 0);
            }
            if (cc == 1) {
                Ending pending = storedStatus();
                if (pending.attention()) {
                    attentionOwner.accept(device);
                    continue;
                }
                if ((pending.unitStatus & 0x10) != 0) {
                    machine.awaitStatus(device);
                    continue;
                }
                return pending;
            }
            if (cc == 2) {
                machine.awaitStatus(device);
                continue;
            }
            Ending ending = awaitEnd(device);
            if (ending != null) {
                return ending;
            }
        }
        return new Ending(0x02, 0, 0);
    }

    private Ending awaitEnd(int device) {
        while (true) {
            int cc = machine.awaitStatus(device);
            if (cc != 1) {
                return cc == 3 ? new Ending(0x02, 0, 0) : null;
            }
            Ending status = storedStatus();
            if (status.attention()) {
                attentionOwner.accept(device);
            }
            if ((status.unitStatus & 0x0C) != 0 || status.unitCheck() || status.channelStatus != 0) {
                return status;
            }
        }
    }

    /** TEST I/O on a device that is not busy: true when it had an attention pending (its owner has been told). */
    boolean testAttention(int device) {
        if (machine.awaitStatus(device) != 1 || !storedStatus().attention()) {
            return false;
        }
        attentionOwner.accept(device);
        return true;
    }

    private Ending storedStatus() {
        machine.read(StorageMap.CSW, csw, 0, 8);
        return new Ending(csw[4] & 0xFF, csw[5] & 0xFF, (csw[6] & 0xFF) << 8 | csw[7] & 0xFF);
    }

    /** DIAGNOSE 08 with a response buffer: the command's return code and response lines. */
    CpResponse cp(String command) {
        byte[] text = EBCDIC.encode(command.length() > 132 ? command.substring(0, 132) : command);
        machine.write(StorageMap.CP_COMMAND, text, 0, text.length);
        machine.setGpr(2, StorageMap.CP_COMMAND);
        machine.setGpr(3, StorageMap.CP_RESPONSE);
        machine.setGpr(4, 0x40000000 | text.length);
        machine.setGpr(5, StorageMap.CP_RESPONSE_SIZE);
        machine.diagnose(0x08, 2, 4);
        int rc = machine.gpr(4);
        int length = Math.min(machine.gpr(5), StorageMap.CP_RESPONSE_SIZE);
        byte[] response = new byte[Math.max(length, 0)];
        machine.read(StorageMap.CP_RESPONSE, response, 0, response.length);
        List<String> lines = new ArrayList<>();
        String all = EBCDIC.decode(response);
        int start = 0;
        for (int i = 0; i < all.length(); i++) {
            if (all.charAt(i) == '\u0085') {
                lines.add(all.substring(start, i));
                start = i + 1;
            }
        }
        if (start < all.length()) {
            lines.add(all.substring(start));
        }
        return new CpResponse(rc, lines);
    }

    /** DIAGNOSE 0C: date and time as CP gives them ("MM/DD/YYHH:MM:SS") and the virtual CPU time in microseconds. */
    record Clock(String date, String time, long cpuMicros) {
    }

    Clock clock() {
        machine.setGpr(2, StorageMap.CLOCK_AREA);
        machine.diagnose(0x0C, 2, 0);
        byte[] area = new byte[32];
        machine.read(StorageMap.CLOCK_AREA, area, 0, 32);
        String text = EBCDIC.decode(area, 0, 16);
        long cpu = 0;
        for (int i = 16; i < 24; i++) {
            cpu = cpu << 8 | area[i] & 0xFF;
        }
        return new Clock(text.substring(0, 8), text.substring(8, 16), cpu);
    }

    /** DIAGNOSE 24: the virtual device's class/type/status/flags word, or -1 when there is no such device. */
    int deviceType(int device) {
        machine.setGpr(2, device);
        int cc = machine.diagnose(0x24, 2, 3);
        return cc == 3 ? -1 : machine.gpr(3);
    }

    /** DIAGNOSE 5C: the part of a message (already at {@code address}) that SET EMSG shows, as offset and length. */
    int[] editMessage(int address, int length) {
        machine.setGpr(2, address);
        machine.setGpr(3, length);
        machine.diagnose(0x5C, 2, 3);
        return new int[] {machine.gpr(2) - address, machine.gpr(3)};
    }

    /**
     * DIAGNOSE 4C: the machine's use from now on is charged to {@code userid} with {@code account}
     * and {@code distribution} (null userid: to the machine itself), and CP records the use so far.
     * Returns the condition code: 1 without OPTION ACCT, 2 for a userid not in the directory.
     */
    int charge(String userid, String account, String distribution) {
        if (userid == null) {
            machine.setGpr(2, 0);
        } else {
            byte[] list = new byte[24];
            System.arraycopy(EBCDIC.encodePadded(userid, 8), 0, list, 0, 8);
            System.arraycopy(EBCDIC.encodePadded(account, 8), 0, list, 8, 8);
            System.arraycopy(EBCDIC.encodePadded(distribution, 8), 0, list, 16, 8);
            machine.write(StorageMap.DEVICE_AREA, list, 0, list.length);
            machine.setGpr(2, StorageMap.DEVICE_AREA);
        }
        machine.setGpr(4, userid == null ? 0 : 0x0C);
        return machine.diagnose(0x4C, 2, 4);
    }

    /** DIAGNOSE 00: the user id. */
    String userId() {
        machine.setGpr(2, StorageMap.DEVICE_AREA);
        machine.setGpr(3, 24);
        machine.diagnose(0x00, 2, 3);
        byte[] id = new byte[24];
        machine.read(StorageMap.DEVICE_AREA, id, 0, 24);
        return EBCDIC.decode(id, 16, 8).strip();
    }

    /** Sets who is told of attentions: the console, which reads the line each one announces. */
    void onAttention(IntConsumer owner) {
        this.attentionOwner = owner;
    }
}
