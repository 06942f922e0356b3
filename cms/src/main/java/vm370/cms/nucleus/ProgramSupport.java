package vm370.cms.nucleus;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import vm370.cms.fs.CmsDisk;
import vm370.cms.program.ProgramHost;
import vm370.cms.program.UserPrograms;
import vm370.cp.guest.GuestMachine;

/**
 * User programs in the nucleus: the commands of {@link UserPrograms} (LOAD, START, GENMOD, ASSEMBLE,
 * ...) for the command table, MODULE files for the search order, and the {@link ProgramHost} that
 * SVC 202 serves programs through (console, stack, disks, unit record, the command processor).
 * One per command table, hence per CMS session.
 */
final class ProgramSupport {

    /** A message with a CMS id goes through EMSG editing; other lines are typed as they are. */
    private static final Pattern MESSAGE = Pattern.compile("DMS[A-Z]{3}\\d{3}[A-Z] .*");

    /** The session's programs, made when the session first needs them. */
    private Host host;

    /** The handler of one of the program commands of {@link UserPrograms#command}. */
    CmsCommand command(String name) {
        return (cms, line) -> host(cms).programs.command(name, line.text()).orElseThrow();
    }

    /** QUERY MACLIB and QUERY TXTLIB (the GLOBAL lists); any other QUERY goes to {@code query}. */
    CmsCommand query(CmsCommand query) {
        return (cms, line) -> {
            String what = line.operand(0, "");
            if (!what.equals("MACLIB") && !what.equals("TXTLIB")) {
                return query.run(cms, line);
            }
            List<String> globals = host(cms).programs.globals(what);
            cms.console().line(what + " = " + (globals.isEmpty() ? "NONE" : String.join(" ", globals)));
            return 0;
        };
    }

    /** Runs {@code fn MODULE} from the search order: the table's {@link CommandTable.ModuleRunner}. */
    OptionalInt runModule(CmsSession cms, CommandLine line) {
        if (line.verb().length() > 8) {
            return OptionalInt.empty();
        }
        Optional<Integer> rc = host(cms).programs.runModule(line.verb(), line.text());
        return rc.isPresent() ? OptionalInt.of(rc.get()) : OptionalInt.empty();
    }

    private Host host(CmsSession cms) {
        if (host == null || host.cms != cms) {
            host = new Host(cms);
        }
        return host;
    }

    /** The session as user programs see it. */
    private static final class Host implements ProgramHost {

        private final CmsSession cms;
        private final UserPrograms programs;

        Host(CmsSession cms) {
            this.cms = cms;
            this.programs = new UserPrograms(this);
        }

        @Override
        public GuestMachine machine() {
            return cms.machine();
        }

        @Override
        public void type(String line) {
            if (MESSAGE.matcher(line).matches()) {
                cms.console().message(line);
            } else {
                cms.console().line(line);
            }
        }

        @Override
        public String read() {
            return cms.nextInputLine();
        }

        @Override
        public void poll() {
            cms.console().checkImmediate();
        }

        @Override
        public void stack(String line, boolean fifo) {
            if (fifo) {
                cms.stack().queue(line);
            } else {
                cms.stack().push(line);
            }
        }

        @Override
        public List<CmsDisk> searchOrder() {
            return cms.disks().searchOrder().stream().map(AccessedDisk::disk).toList();
        }

        @Override
        public int command(String line) {
            return cms.execute(line);
        }

        @Override
        public int print(byte[] line, boolean asa) {
            UnitRecord units = cms.unitRecord();
            boolean printed = asa && line.length > 0 ? units.printAsa(line[0], line, 1, line.length - 1)
                    : units.write(UnitRecord.PRINTER, UnitRecord.WRITE_SPACE_1, line, 0, line.length);
            return printed ? 0 : 2;
        }

        @Override
        public int punch(byte[] card) {
            return cms.unitRecord().punch(card, card.length) ? 0 : 2;
        }

        @Override
        public Optional<byte[]> readCard() {
            UnitRecord units = cms.unitRecord();
            byte[] record = new byte[256];
            int n = units.readRecord(record);
            if (n == -2 && units.nextFile() != null) {
                n = units.readRecord(record);
            }
            return n < 0 ? Optional.empty() : Optional.of(Arrays.copyOf(record, Math.min(n, record.length)));
        }
    }
}
