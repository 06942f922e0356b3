package vm370.cp.guest;

/**
 * A virtual machine as its guest system sees it, and all it sees: its storage, its virtual CPU's
 * registers and PSW, its virtual devices by address (through channel programs in its storage), and
 * DIAGNOSE. This is the paravirtual interface of VM/370: a guest written for CP asks CP for
 * services with DIAGNOSE instead of driving simulated hardware, but data still moves only through
 * guest storage, and every request gets the checks a real instruction would.
 *
 * <p>All calls are made on the machine's own thread, the one {@link GuestSystem#run} was called
 * on. Any call may throw {@link GuestEnded}.
 */
public interface GuestMachine {

    /** Bytes of storage the machine has. */
    int storageSize();

    /** Copies bytes out of the machine's storage (real addresses; addressing beyond the size fails). */
    void read(int address, byte[] into, int offset, int length);

    /** Copies bytes into the machine's storage. */
    void write(int address, byte[] from, int offset, int length);

    /** General register {@code r} of the virtual CPU. */
    int gpr(int r);

    void setGpr(int r, int value);

    /** The virtual CPU's current PSW (64 bits, BC or EC format). */
    long psw();

    void loadPsw(long psw);

    /**
     * Issues DIAGNOSE with the given code and registers, exactly as {@code DIAG rx,ry,code} in the
     * machine's supervisor state would: the registers hold the operands and receive the results.
     * Returns the condition code. CP offers 00 (identification), 08 (CP command), 0C (date, time),
     * 10 (release pages), 14 (reader files: header X'0014', record X'0000', select X'0FFF'),
     * 18 (standard CKD disk I/O: a CMS-shaped chain run to its end, no interruption),
     * 24 and 210 (device class and type), 4C (accounting records, with OPTION ACCT: Ry X'0000'-X'000C' a
     * parameter list at Rx of userid, account, distribution to charge from now on, Rx zero to charge the
     * machine itself; each cuts the record of the use so far; X'0010' user data at Rx, length in R(y+1)), 58 (full-screen 3270 console: Rx a CCW, Ry the console's
     * address; CCW X'29' writes a data stream, X'2A' waits for and reads the user's keys, R(y+1)
     * getting the length; X'E4' stores rows and columns; X'03' returns the screen to CP; cc 3 when
     * the console cannot take a data stream), 5C (SET EMSG editing), 60 (storage size), 64 (named
     * segments), 68 (VMCF: messages to and from other machines' programs;
     * SMSG: see {@link SpecialMessageReceiver}) and X'250' (block I/O on
     * minidisks); each code's class in vm370.cp.privileged documents its registers.
     * @throws GuestProgramCheck when the DIAGNOSE gives the machine a program check
     */
    int diagnose(int code, int rx, int ry);

    /**
     * Starts the channel program at {@code ccwAddress} (storage key 0) on a virtual device, as
     * SIO does; returns its condition code (1: the CSW at location 64 tells why).
     */
    int startIo(int deviceAddress, int ccwAddress);

    /**
     * Waits until the device is no longer busy with the channel program started on it, without
     * holding a real processor, and takes its status as TEST I/O does: returns 1 when the CSW at
     * location 64 holds the ending status, 0 when the device had none to give, 3 when there is no
     * such device. Status of other devices stays pending.
     */
    int awaitStatus(int deviceAddress);

    /**
     * Runs the virtual CPU from its current PSW until it enters a disabled wait: a guest system
     * sets its new PSWs to disabled waits to get control back at each interruption, and reads the
     * old PSW and interruption code from low storage. CP time-slices the machine inside this call.
     */
    void runUntilDisabledWait();
}
