package vm370.cp.privileged;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vm370.cp.security.AccountingFile;
import vm370.cp.vio.SpooledReader;
import vm370.cp.vio.SpooledWriter;
import vm370.cp.vm.VirtualMachine;
import vm370.directory.UserDirectory;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.UserEntry;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.ProgramInterruption;
import vm370.s370.cpu.ProgramInterruptionCode;
import vm370.s370.text.Ebcdic;
import vm370.s370.time.Clock;
import vm370.spool.device.VirtualPrinter;

/**
 * DIAGNOSE X'4C': a machine whose directory entry has OPTION ACCT generates accounting records,
 * as CMSBATCH charges each job to its /JOB user. Ry holds a function code: X'0000', X'0004',
 * X'0008', X'000C' name a doubleword-aligned parameter list at Rx (userid; then account number
 * and/or distribution code, 8 bytes each); X'0010' names up to 70 bytes of the user's own data at
 * Rx, its length in R(y+1).
 *
 * <p>For the list codes CP first writes a {@link AccountingFile.Charge} record of what the machine
 * used since its last one, charged to whom it was charging; then, with Rx zero, the machine is
 * charged to itself again, and with a list, to the user named there (account and distribution from
 * the list or from that user's entry). Condition codes: 0 done, 1 no OPTION ACCT, 2 userid not in
 * the directory, 3 bad function code. The session's own LOGOFF record still counts the whole session.
 * @vm370 DMKHVC
 */
final class AccountingDiagnose {

    private static final Ebcdic EBCDIC = Ebcdic.CP037;
    private static final int USER_DATA = 0x10;
    private static final int MAX_USER_DATA = 70;
    private static final int PAGE = 4096;

    /** Whom a machine's use is charged to. */
    private record Payer(String userid, String account, String distribution) {
    }

    /** A machine's counters at one moment; a record holds the difference of two. */
    private record Usage(long cpuNanos, long startIo, long pageIns, long pageOuts, long printed, long punched,
                         long read) {

        /** What was used since {@code earlier}; a count that went down (its device detached) counts from zero. */
        Usage minus(Usage earlier) {
            return new Usage(since(cpuNanos, earlier.cpuNanos), since(startIo, earlier.startIo),
                    since(pageIns, earlier.pageIns), since(pageOuts, earlier.pageOuts),
                    since(printed, earlier.printed), since(punched, earlier.punched), since(read, earlier.read));
        }

        private static long since(long now, long then) {
            return now >= then ? now - then : now;
        }
    }

    private final VirtualMachine machine;
    private final UserDirectory directory;
    private final Consumer<AccountingFile.Entry> records;
    private final Clock clock;
    /** Whom the machine charges now; null: itself. Owned by the machine's thread, as is {@code since}. */
    private Payer payer;
    private Usage since = new Usage(0, 0, 0, 0, 0, 0, 0);

    AccountingDiagnose(VirtualMachine machine, UserDirectory directory, Consumer<AccountingFile.Entry> records,
                       Clock clock) {
        this.machine = machine;
        this.directory = directory;
        this.records = records;
        this.clock = clock;
    }

    void diagnose(Cpu cpu, int rx, int ry) {
        int code = cpu.gpr[ry] & 0xFFFF;
        Optional<UserEntry> own = directory.lookup(machine.userid());
        if (own.isEmpty() || !hasAccountOption(statements(own.get()))) {
            cpu.setConditionCode(1);
            return;
        }
        if (code == USER_DATA) {
            userData(cpu, rx, ry);
            return;
        }
        if ((code & 3) != 0 || code > 0x0C) {
            cpu.setConditionCode(3);
            return;
        }
        int address = cpu.gpr[rx] & 0xFFFFFF;
        byte[] list = new byte[24];
        if (address != 0) {
            if ((address & 7) != 0) {
                throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
            }
            cpu.fetchBytes(address, list, 0, 8 + 8 * Integer.bitCount(code));
        }
        Optional<UserEntry> charged = address == 0 ? own : directory.lookup(EBCDIC.decode(list, 0, 8).strip());
        if (charged.isEmpty()) {
            cpu.setConditionCode(2);
            return;
        }
        writeCharge(own.get());
        payer = address == 0 ? null : payer(charged.get(), statements(charged.get()), code, list);
        cpu.setConditionCode(0);
    }

    /** The record of what the machine used since the last one, charged to whom it charged. */
    private void writeCharge(UserEntry own) {
        Usage now = usage();
        Usage used = now.minus(since);
        since = now;
        Payer charged = payer != null ? payer : payer(own, statements(own), 0, new byte[24]);
        records.accept(new AccountingFile.Charge(charged.userid(), charged.account(), charged.distribution(),
                machine.userid(), now(), used.cpuNanos(), used.startIo(), used.pageIns(), used.pageOuts(),
                used.printed(), used.punched(), used.read()));
    }

    /** Code X'04' brings an account number, X'08' a distribution code, X'0C' both, in that order. */
    private static Payer payer(UserEntry entry, List<EntryStatement> statements, int code, byte[] list) {
        Optional<EntryStatement.Account> account = statements.stream()
                .filter(EntryStatement.Account.class::isInstance).map(EntryStatement.Account.class::cast).findFirst();
        String number = account.map(EntryStatement.Account::number).orElse(entry.userid());
        String distribution = account.flatMap(EntryStatement.Account::distribution).orElse(entry.userid());
        int field = 8;
        if ((code & 4) != 0) {
            number = field(list, field, number);
            field += 8;
        }
        if ((code & 8) != 0) {
            distribution = field(list, field, distribution);
        }
        return new Payer(entry.userid(), number, distribution);
    }

    private static String field(byte[] list, int offset, String otherwise) {
        String text = EBCDIC.decode(list, offset, 8).strip();
        return text.isEmpty() ? otherwise : text;
    }

    /** Code X'10': 1 to 70 bytes at Rx, not crossing a page, recorded with the machine's userid. */
    private void userData(Cpu cpu, int rx, int ry) {
        if (ry == 15) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        int address = cpu.gpr[rx] & 0xFFFFFF;
        int length = cpu.gpr[ry + 1];
        if (address >= cpu.storage().size()) {
            throw new ProgramInterruption(ProgramInterruptionCode.ADDRESSING);
        }
        if (length <= 0 || length > MAX_USER_DATA || address / PAGE != (address + length - 1) / PAGE) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        byte[] data = new byte[length];
        cpu.fetchBytes(address, data, 0, length);
        records.accept(new AccountingFile.UserData(machine.userid(), now(), EBCDIC.decode(data).stripTrailing()));
        cpu.setConditionCode(0);
    }

    /** The entry's statements with its PROFILE's (an INCLUDE'd ACCOUNT or OPTION counts). */
    private List<EntryStatement> statements(UserEntry entry) {
        return directory.snapshot().statements(entry);
    }

    private static boolean hasAccountOption(List<EntryStatement> statements) {
        return statements.stream().anyMatch(s -> s instanceof EntryStatement.Options options
                && options.options().stream().anyMatch("ACCT"::equalsIgnoreCase));
    }

    /** The machine's counters now; on its own thread, which owns the devices' counts. */
    private Usage usage() {
        long printed = 0;
        long punched = 0;
        long read = 0;
        for (var device : machine.devices().values()) {
            if (device instanceof SpooledWriter writer && writer.spool() instanceof VirtualPrinter) {
                printed += writer.records();
            } else if (device instanceof SpooledWriter writer) {
                punched += writer.records();
            } else if (device instanceof SpooledReader reader) {
                read += reader.records();
            }
        }
        var storage = machine.storage();
        return new Usage(machine.dispatchable().cpuNanos(), machine.channel().startIoCount(), storage.pageIns(),
                storage.pageOuts(), printed, punched, read);
    }

    private Instant now() {
        return Instant.EPOCH.plusNanos((clock.micros() - Clock.UNIX_EPOCH_MICROS) * 1000);
    }
}
