package vm370.s370.channel;

import java.util.function.BooleanSupplier;
import vm370.s370.storage.MainStorage;

/**
 * One device's subchannel: the channel program it runs (CCW fetching, command and data chaining,
 * skip, indirect data addressing, key-controlled protection on absolute storage, incorrect
 * length) and the interruption conditions it holds. It is the device's {@link ChannelPort}.
 *
 * <p>States as the Principles of Operation name them: the subchannel is available, working
 * ({@link #working}) or interruption-pending ({@link #subchannelPending}); the device may be
 * working on its own after channel end ({@link #deviceWorking}) or hold status ({@link #deviceStatus}).
 * Owned by the CPU's thread.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Input/Output Operations"</a>
 */
final class Subchannel implements ChannelPort {

    private static final int UNUSUAL = UnitStatus.UNIT_CHECK.bits() | UnitStatus.UNIT_EXCEPTION.bits()
            | UnitStatus.BUSY.bits();

    final int deviceAddress;
    final int channel;
    final ChannelDevice device;
    private final ChannelSubsystem channels;
    private final MainStorage storage;

    // The channel program in progress.
    boolean working;
    private boolean awaitingDeviceEnd;
    private boolean halted;
    private int key;
    /** Address of the current CCW + 8: where chaining continues and what the CSW shows. */
    private int nextCcw;
    private int command;
    private int flags;
    private int count;
    private int dataAddress;
    private boolean backward;
    private boolean stopped;
    private boolean overrun;
    private boolean chainedCommand;
    private int channelStatus;
    private int idawAddress;
    private int idawBytesLeft;
    private boolean firstIdaw;
    /** The number of the command in progress, so a late end from a cleared or superseded command is ignored. */
    private long generation;
    /** Set by CLEAR I/O: the ending status of the cleared command is not presented. */
    private boolean swallowEnd;

    // Interruption conditions.
    boolean subchannelPending;
    private long pendingCsw;
    private boolean deviceWorking;
    private int deviceStatus;
    private boolean pciPending;
    boolean queued;

    Subchannel(int deviceAddress, ChannelDevice device, ChannelSubsystem channels) {
        this.deviceAddress = deviceAddress;
        this.channel = deviceAddress >>> 8;
        this.device = device;
        this.channels = channels;
        this.storage = channels.storage();
    }

    // ------------------------------------------------------------ the I/O instructions

    /** START I/O: the condition code; the CSW or its status portion is stored when it is 1. */
    int startIo() {
        if (working || subchannelPending) {
            return 2;
        }
        if (deviceStatus != 0) {
            channels.storeStatusPortion(UnitStatus.BUSY.bits() | deviceStatus, 0);
            deviceStatus = 0;
            return 1;
        }
        if (deviceWorking) {
            channels.storeStatusPortion(UnitStatus.BUSY.bits(), 0);
            return 1;
        }
        int caw = channels.fetchCaw();
        int address = caw & 0xFFFFFF;
        if ((caw & 0x0F000000) != 0 || (address & 7) != 0 || !storage.contains(address)) {
            channels.storeStatusPortion(0, Csw.PROGRAM_CHECK);
            return 1;
        }
        begin(caw >>> 28, address);
        if (!loadCcw(true, false)) {
            working = false;
            channels.storeStatusPortion(0, channelStatus);
            return 1;
        }
        UnitStatus ended = launch();
        if (ended == null) {
            return 0;
        }
        if (ended.hasAny(UnitStatus.BUSY)) {
            channels.storeStatusPortion(ended.bits(), channelStatus);
        } else {
            channels.storeCsw(csw(ended));
        }
        return 1;
    }

    /** The initial-program-loading read: the implicit CCW at location 0 with key 0; chaining goes on at 8. */
    void startImplicit(Ccw ccw) {
        begin(0, 0);
        nextCcw = 8;
        setCurrent(ccw, false);
        UnitStatus ended = launch();
        if (ended != null) {
            subchannelPending = true;
            pendingCsw = csw(ended);
        }
    }

    private void begin(int cawKey, int ccwAddress) {
        working = true;
        halted = false;
        awaitingDeviceEnd = false;
        key = cawKey;
        nextCcw = ccwAddress;
        channelStatus = 0;
    }

    /** Initial selection of the first command: null when the program proceeds, else the status it ended with there. */
    private UnitStatus launch() {
        UnitStatus initial = initiate(false);
        if (initial.isNone()) {
            return null;
        }
        if (initial.hasAny(UnitStatus.BUSY)) {
            working = false;
            return initial;
        }
        if (continueAfter(initial, true)) {
            return null;
        }
        pciPending = false;
        working = false;
        deviceWorking = !initial.has(UnitStatus.DEVICE_END);
        return initial;
    }

    /** TEST I/O. */
    int testIo() {
        if (working) {
            return 2;
        }
        if (subchannelPending) {
            channels.storeCsw(pendingCsw);
            subchannelPending = false;
            return 1;
        }
        if (deviceStatus != 0) {
            channels.storeCsw(Csw.encode(0, 0, deviceStatus, 0, 0));
            deviceStatus = 0;
            return 1;
        }
        if (deviceWorking) {
            channels.storeStatusPortion(UnitStatus.BUSY.bits(), 0);
            return 1;
        }
        return 0;
    }

    /** CLEAR I/O: ends the subchannel's operation or clears its interruption condition, storing the CSW. */
    int clearIo() {
        if (subchannelPending) {
            return testIo();
        }
        if (!working) {
            return 0;
        }
        generation++;
        swallowEnd = true;
        device.halt();
        working = false;
        pciPending = false;
        channels.storeCsw(csw(UnitStatus.NONE));
        return 1;
    }

    /** HALT I/O and HALT DEVICE: stop the data transfer; the device ends the command without chaining. */
    int halt() {
        if (subchannelPending) {
            return 0;
        }
        if (working) {
            halted = true;
            stopped = true;
        }
        device.halt();
        channels.storeStatusPortion(0, 0);
        return 1;
    }

    /** System reset. */
    void reset() {
        generation++;
        swallowEnd = false;
        working = false;
        subchannelPending = false;
        deviceWorking = false;
        deviceStatus = 0;
        pciPending = false;
        device.reset();
    }

    boolean hasInterruption() {
        return subchannelPending || deviceStatus != 0 || (pciPending && working);
    }

    /** Removes the highest-priority interruption condition and returns the CSW to store. */
    long takeInterruption() {
        if (subchannelPending) {
            subchannelPending = false;
            return pendingCsw;
        }
        if (pciPending && working) {
            pciPending = false;
            channelStatus &= ~Csw.PROGRAM_CONTROLLED_INTERRUPTION;
            return Csw.encode(key, nextCcw, 0, Csw.PROGRAM_CONTROLLED_INTERRUPTION, count);
        }
        int status = deviceStatus;
        deviceStatus = 0;
        return Csw.encode(0, 0, status, 0, 0);
    }

    /** True while the IPL's channel program or its device is still busy. */
    boolean busy() {
        return working || deviceWorking;
    }

    /** The pending CSW left by the IPL's channel program, cleared without an interruption. */
    long takeIplCsw() {
        subchannelPending = false;
        pciPending = false;
        return pendingCsw;
    }

    // ------------------------------------------------------------ CCW fetching and chaining

    /**
     * Fetches the CCW at {@link #nextCcw}, following one TIC, and makes it current. On a program or
     * protection check it records the check, sets the CCW address for the CSW and returns false.
     */
    private boolean loadCcw(boolean first, boolean dataChaining) {
        int address = nextCcw;
        int tic = -1;
        while (true) {
            if (!storage.contains(address) || !storage.contains(address + 7)) {
                return fail(Csw.PROGRAM_CHECK, (tic >= 0 ? tic : address) + 8);
            }
            if (!mayFetch(address)) {
                return fail(Csw.PROTECTION_CHECK, (tic >= 0 ? tic : address) + 8);
            }
            storage.markAccess(address, false);
            Ccw ccw = Ccw.decode(storage.read(address, 8));
            if (ccw.isTransferInChannel()) {
                if (first || tic >= 0 || (ccw.address() & 7) != 0) {
                    return fail(Csw.PROGRAM_CHECK, address + 8);
                }
                tic = address;
                address = ccw.address();
                continue;
            }
            nextCcw = address + 8;
            if ((!dataChaining && ccw.isInvalid()) || ccw.count() == 0 || (ccw.flags() & Ccw.RESERVED_FLAGS) != 0
                    || (ccw.has(Ccw.INDIRECT_DATA) && (ccw.address() & 3) != 0)) {
                return fail(Csw.PROGRAM_CHECK, nextCcw);
            }
            setCurrent(ccw, dataChaining);
            return true;
        }
    }

    private boolean fail(int check, int cswCcwAddress) {
        channelStatus |= check;
        nextCcw = cswCcwAddress;
        stopped = true;
        return false;
    }

    private void setCurrent(Ccw ccw, boolean dataChaining) {
        flags = ccw.flags();
        count = ccw.count();
        dataAddress = ccw.address();
        idawBytesLeft = 0;
        if (!dataChaining) {
            command = ccw.command();
            backward = ccw.isReadBackward();
            stopped = false;
            overrun = false;
        }
        idawAddress = dataAddress;
        firstIdaw = true;
        if ((flags & Ccw.PROGRAM_CONTROLLED_INTERRUPTION) != 0) {
            channelStatus |= Csw.PROGRAM_CONTROLLED_INTERRUPTION;
            pciPending = true;
            channels.enqueue(this);
        }
    }

    /** Initial selection of the current command. */
    private UnitStatus initiate(boolean chained) {
        chainedCommand = chained;
        swallowEnd = false;
        generation++;
        return device.startCommand(new Ccw(command, dataAddress, flags, count), this);
    }

    /**
     * What a command's ending status means for the channel program: true when the program goes
     * on (chaining now, or when device end comes), false when it ends with this status. An
     * immediate command moves no data, so its count never makes an incorrect length.
     */
    private boolean continueAfter(UnitStatus status, boolean immediate) {
        stopped = true;
        boolean checked = (channelStatus & ~(Csw.PROGRAM_CONTROLLED_INTERRUPTION | Csw.INCORRECT_LENGTH)) != 0;
        boolean shortOrLong = !immediate && !halted && !checked && (count != 0 || overrun || (flags & Ccw.CHAIN_DATA) != 0);
        boolean suppressed = (flags & Ccw.SUPPRESS_LENGTH) != 0 && (flags & Ccw.CHAIN_DATA) == 0;
        if (shortOrLong && !suppressed) {
            channelStatus |= Csw.INCORRECT_LENGTH;
        }
        boolean unusual = (status.bits() & UNUSUAL) != 0 || (channelStatus & ~Csw.PROGRAM_CONTROLLED_INTERRUPTION) != 0;
        if ((flags & Ccw.CHAIN_COMMAND) == 0 || unusual || halted) {
            return false;
        }
        if (status.has(UnitStatus.DEVICE_END)) {
            boolean skip = status.has(UnitStatus.STATUS_MODIFIER);
            channels.schedule(1, () -> chain(skip));
            return true;
        }
        awaitingDeviceEnd = true;
        return true;
    }

    /** Command chaining: the next CCW (or the one after it, on status modifier). */
    private void chain(boolean skip) {
        if (!working) {
            return;
        }
        if (halted) {
            finish(UnitStatus.END);
            return;
        }
        if (skip) {
            nextCcw += 8;
        }
        if (!loadCcw(false, false)) {
            finish(UnitStatus.NONE);
            return;
        }
        UnitStatus initial = initiate(true);
        if (initial.isNone()) {
            return;
        }
        if (initial.hasAny(UnitStatus.BUSY)) {
            finish(initial);
            return;
        }
        long expected = generation;
        channels.schedule(1, () -> {
            if (working && generation == expected && !continueAfter(initial, true)) {
                finish(initial);
            }
        });
    }

    private void finish(UnitStatus status) {
        working = false;
        awaitingDeviceEnd = false;
        deviceWorking = status.has(UnitStatus.CHANNEL_END) && !status.has(UnitStatus.DEVICE_END);
        pciPending = false;
        subchannelPending = true;
        pendingCsw = csw(status);
        channels.enqueue(this);
    }

    private long csw(UnitStatus status) {
        return Csw.encode(key, nextCcw, status.bits(), channelStatus, count);
    }

    /** A status from the device, after its command's processing was scheduled. */
    private void deviceEnded(UnitStatus status, long commandGeneration) {
        if (commandGeneration != generation) {
            swallowEnd = false;
            return;
        }
        if (working && awaitingDeviceEnd) {
            awaitingDeviceEnd = false;
            if (status.has(UnitStatus.DEVICE_END) && (status.bits() & UNUSUAL) == 0 && !halted) {
                chain(status.has(UnitStatus.STATUS_MODIFIER));
            } else {
                finish(status);
            }
        } else if (working) {
            if (!continueAfter(status, false)) {
                finish(status);
            }
        } else if (subchannelPending) {
            pendingCsw |= (long) status.bits() << 24;
            deviceWorking = false;
        } else {
            deviceWorking = false;
            deviceStatus |= status.bits();
            channels.enqueue(this);
        }
    }

    // ------------------------------------------------------------ ChannelPort: data transfer

    @Override
    public int readByte() {
        int address = nextDataAddress(false);
        if (address < 0) {
            return -1;
        }
        int value = storage.readByte(address);
        advance();
        return value;
    }

    @Override
    public boolean writeByte(int value) {
        if ((flags & Ccw.SKIP) != 0 && working && !stopped && ensureData(true)) {
            advance();
            return true;
        }
        int address = nextDataAddress(true);
        if (address < 0) {
            return false;
        }
        storage.writeByte(address, value);
        advance();
        return true;
    }

    /** The absolute address of the next data byte after all checks, or -1 when the transfer is over. */
    private int nextDataAddress(boolean store) {
        if (!working || stopped || !ensureData(store)) {
            return -1;
        }
        int address = (flags & Ccw.INDIRECT_DATA) != 0 ? dataAddress : dataAddress & 0xFFFFFF;
        if (!storage.contains(address)) {
            fail(Csw.PROGRAM_CHECK, nextCcw);
            return -1;
        }
        int storageKey = storage.key(address);
        if (key != 0 && storageKey >>> 4 != key && (store || (storageKey & MainStorage.KEY_FETCH_PROTECTED) != 0)) {
            fail(Csw.PROTECTION_CHECK, nextCcw);
            return -1;
        }
        storage.markAccess(address, store);
        return address;
    }

    /**
     * Makes a byte available under the count: data chaining at count zero, the next IDAW at a 2K
     * boundary. An input device offering a byte past the count has a long record; an output device
     * asking past it has merely taken all there is.
     */
    private boolean ensureData(boolean input) {
        if (count == 0) {
            if ((flags & Ccw.CHAIN_DATA) == 0) {
                overrun |= input;
                return false;
            }
            if (!loadCcw(false, true)) {
                return false;
            }
        }
        if ((flags & Ccw.INDIRECT_DATA) != 0 && idawBytesLeft == 0) {
            return nextIdaw();
        }
        return true;
    }

    private boolean nextIdaw() {
        boolean first = firstIdaw;
        firstIdaw = false;
        if (!storage.contains(idawAddress) || !storage.contains(idawAddress + 3)) {
            return fail(Csw.PROGRAM_CHECK, nextCcw);
        }
        if (!mayFetch(idawAddress)) {
            return fail(Csw.PROTECTION_CHECK, nextCcw);
        }
        int idaw = (int) storage.read(idawAddress, 4);
        idawAddress += 4;
        int boundaryOffset = idaw & 0x7FF;
        if ((idaw & 0xFF000000) != 0 || (!first && boundaryOffset != (backward ? 0x7FF : 0))) {
            return fail(Csw.PROGRAM_CHECK, nextCcw);
        }
        dataAddress = idaw;
        idawBytesLeft = backward ? boundaryOffset + 1 : 0x800 - boundaryOffset;
        return true;
    }

    private void advance() {
        count--;
        dataAddress += backward ? -1 : 1;
        if ((flags & Ccw.INDIRECT_DATA) != 0) {
            idawBytesLeft--;
        } else {
            dataAddress &= 0xFFFFFF;
        }
    }

    private boolean mayFetch(int address) {
        int storageKey = storage.key(address);
        return key == 0 || storageKey >>> 4 == key || (storageKey & MainStorage.KEY_FETCH_PROTECTED) == 0;
    }

    // ------------------------------------------------------------ ChannelPort: signals

    @Override
    public void end(UnitStatus status) {
        if (swallowEnd) {
            swallowEnd = false;
            return;
        }
        long commandGeneration = generation;
        channels.schedule(1, () -> deviceEnded(status, commandGeneration));
    }

    @Override
    public void unsolicited(UnitStatus status, BooleanSupplier stillDue) {
        channels.schedule(1, () -> {
            if (stillDue.getAsBoolean()) {
                deviceStatus |= status.bits();
                channels.enqueue(this);
            }
        });
    }

    @Override
    public void schedule(long instructions, Runnable action) {
        channels.schedule(instructions, action);
    }

    @Override
    public boolean chained() {
        return chainedCommand;
    }
}
