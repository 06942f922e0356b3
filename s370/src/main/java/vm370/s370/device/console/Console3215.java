package vm370.s370.device.console;

import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayDeque;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;
import vm370.s370.device.BasicDevice;
import vm370.s370.text.Ebcdic;

/**
 * The 3215 console printer-keyboard: write (with or without carrier return), read inquiry, audible
 * alarm, no-operation and sense. Output goes to a host text stream; input lines are handed in on
 * the CPU's thread (see {@link #offerLine}); a line typed while no read is pending raises attention,
 * and a read that leaves more typed lines waiting raises it again, so every waiting line is announced.
 * @see "IBM 3210/3215 Console Printer-Keyboard Component Description, GA26-1583"
 */
public final class Console3215 extends BasicDevice {

    public static final int WRITE = 0x01;
    public static final int WRITE_AUTO_CARRIER_RETURN = 0x09;
    public static final int READ_INQUIRY = 0x0A;
    public static final int AUDIBLE_ALARM = 0x0B;

    private final Appendable out;
    private final Ebcdic codePage;
    private final ArrayDeque<String> typedAhead = new ArrayDeque<>();
    private ChannelPort pendingRead;
    private ChannelPort port;
    private boolean endOfInput;
    /** Told when a read starts waiting for the keyboard and when it stops (the 3270's VM READ). */
    private Runnable readListener = () -> { };
    private volatile boolean reading;
    /** How many typed lines wait for a read, for other threads to see. */
    private volatile int waiting;

    public Console3215(Appendable out, Ebcdic codePage) {
        super(1);
        this.out = out;
        this.codePage = codePage;
    }

    @Override
    public void connect(ChannelPort port) {
        this.port = port;
    }

    @Override
    protected UnitStatus command(Ccw ccw, ChannelPort port) {
        switch (ccw.command()) {
            case WRITE, WRITE_AUTO_CARRIER_RETURN -> {
                byte[] line = new byte[ccw.count()];
                int n = port.read(line, 0, line.length);
                boolean printed = print(codePage.decode(line, 0, n) + (ccw.command() == WRITE ? "" : "\n"));
                port.end(printed ? UnitStatus.END : unitCheck(EQUIPMENT_CHECK, 0));
                return UnitStatus.NONE;
            }
            case READ_INQUIRY -> {
                if (!typedAhead.isEmpty()) {
                    transfer(port, typedAhead.poll());
                    waiting = typedAhead.size();
                    if (waiting > 0) {
                        announce();
                    }
                } else if (endOfInput) {
                    return UnitStatus.EXCEPTION;
                } else {
                    pendingRead = port;
                    reading(true);
                }
                return UnitStatus.NONE;
            }
            case AUDIBLE_ALARM -> {
                return print("\u0007") ? UnitStatus.END : unitCheck(EQUIPMENT_CHECK, 0);
            }
            case NO_OPERATION -> {
                return UnitStatus.END;
            }
            default -> {
                return reject();
            }
        }
    }

    /** A line typed at the keyboard (called on the CPU's thread): completes a pending read, or waits and raises attention. */
    public void offerLine(String line) {
        if (pendingRead != null) {
            ChannelPort p = pendingRead;
            pendingRead = null;
            reading(false);
            transfer(p, line);
        } else {
            typedAhead.add(line);
            waiting = typedAhead.size();
            if (waiting == 1) {
                announce();
            }
        }
    }

    /**
     * Attention for the oldest waiting line. One attention stands for at least one line; the read
     * that takes it announces the next, so a program that reads once per attention never waits.
     * A read started before the attention is presented takes the line: then nothing is left to
     * announce, and a stale attention would make the guest's next SIO end with cc 1.
     */
    private void announce() {
        if (port != null) {
            port.unsolicited(UnitStatus.ATTENTION, () -> !typedAhead.isEmpty());
        }
    }

    /** The keyboard has no more input: a pending or later read ends with unit exception, as the cancel key does. */
    public void endOfInput() {
        endOfInput = true;
        if (pendingRead != null) {
            ChannelPort p = pendingRead;
            pendingRead = null;
            reading(false);
            p.end(UnitStatus.EXCEPTION);
        }
    }

    private void transfer(ChannelPort p, String line) {
        byte[] bytes = codePage.encode(line);
        p.write(bytes, 0, bytes.length);
        p.end(UnitStatus.END);
    }

    /** False when the host stream failed: the guest sees an equipment check. */
    private boolean print(String text) {
        try {
            out.append(text);
            if (out instanceof Flushable f) {
                f.flush();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void halt() {
        if (pendingRead != null) {
            ChannelPort p = pendingRead;
            pendingRead = null;
            reading(false);
            p.end(UnitStatus.END);
        }
    }

    @Override
    public void reset() {
        super.reset();
        pendingRead = null;
        reading(false);
    }

    /** Sets who is told when a read starts or stops waiting for a typed line (any thread may ask {@link #readPending}). */
    public void listenForReads(Runnable listener) {
        this.readListener = listener;
    }

    /** Lines typed ahead that no read has taken yet. */
    public int linesWaiting() {
        return waiting;
    }

    /** True while a read waits for the keyboard. */
    public boolean readPending() {
        return reading;
    }

    private void reading(boolean pending) {
        if (reading != pending) {
            reading = pending;
            readListener.run();
        }
    }

    @Override
    public String describe() {
        return "3215 console";
    }
}
