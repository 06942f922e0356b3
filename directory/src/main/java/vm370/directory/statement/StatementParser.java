package vm370.directory.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vm370.directory.DirectoryError;
import vm370.directory.DirectoryErrorKind;
import vm370.directory.model.DeviceAddress;
import vm370.directory.model.DiskMode;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Secret;
import vm370.directory.model.UnitRecordKind;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * Parses the statements that go inside a USER or PROFILE entry (ACCOUNT, IPL, MACHINE, OPTION,
 * CONSOLE, SPOOL, MDISK, LINK, DEDICATE, SPECIAL, LOGONBY). The store reads its rows back
 * through the same parser, so source and database can never disagree on a statement's meaning.
 */
public final class StatementParser {

    private static final Set<String> FLAG_OPTIONS = Set.of("ACCT", "REALTIMER", "ECMODE", "ISAM", "VIRT=REAL", "SVCOFF", "BMX", "LNKNOPAS", "STFIRST", "MAINTCCW", "DEVINFO",
            "QUICKDSP", "TODENABLE", "D84NOPAS", "LNKEXCLU", "LNKSTABL", "MIHREG");
    private static final Set<String> MACHINES = Set.of("370", "XA", "ESA", "XC", "Z");
    private static final Set<String> CONSOLES = Set.of("3215", "3210", "1052", "3270");
    private static final Set<String> SPECIALS = Set.of("3270", "CTCA", "CTC", "TIMER", "2701", "2702", "2703");
    private static final List<Secret.Keyword> MDISK_KEYWORDS = List.of(Secret.Keyword.ALL);
    private static final int MAX_LOGONBY = 8;

    private StatementParser() {
    }

    /** The statement compiled, or empty with the reason added to {@code errors}. */
    public static Optional<EntryStatement> parse(SourceStatement statement, List<DirectoryError> errors) {
        Operands in = new Operands(statement, errors);
        EntryStatement result = switch (statement.verb()) {
            case "ACCOUNT" -> new EntryStatement.Account(in.name("ACCOUNT NUMBER"), in.optional());
            case "IPL" -> ipl(in);
            case "MACHINE" -> machine(in);
            case "OPTION" -> options(in);
            case "CONSOLE" -> console(in);
            case "SPOOL" -> spool(in);
            case "MDISK" -> minidisk(in);
            case "LINK" -> link(in);
            case "DEDICATE" -> dedicate(in);
            case "SPECIAL" -> special(in);
            case "LOGONBY" -> logonBy(in);
            default -> {
                in.fail(DirectoryErrorKind.UNKNOWN_STATEMENT, statement.verb());
                yield null;
            }
        };
        in.end();
        return in.failed() ? Optional.empty() : Optional.ofNullable(result);
    }

    private static EntryStatement ipl(Operands in) {
        String target = in.required("DEVICE OR SYSTEM NAME");
        in.check(Operands.isName(target, 8), target);
        Optional<String> parm = Optional.empty();
        if (in.peek().equals("PARM")) {
            int parmAt = in.position();
            in.optional();
            if (!in.hasNext()) {
                in.fail(DirectoryErrorKind.MISSING_OPERAND, "IPL PARM TEXT");
            } else {
                parm = Optional.of(in.statement().restFrom(parmAt + 1));
                in.skipRest();
            }
        }
        return new EntryStatement.Ipl(target, parm);
    }

    private static EntryStatement machine(Operands in) {
        String mode = in.required("MODE");
        in.check(MACHINES.contains(mode), mode);
        return new EntryStatement.Machine(mode);
    }

    private static EntryStatement options(Operands in) {
        List<String> options = new ArrayList<>();
        in.required("OPTION");
        int at = in.position() - 1;
        in.skipRest();
        SourceStatement statement = in.statement();
        for (int i = at; i < statement.size() && !in.failed(); i++) {
            String option = statement.upper(i);
            if (option.equals("CPUID") || option.equals("AFFINITY")) {
                String value = i + 1 < statement.size() ? statement.upper(++i) : "";
                boolean ok = option.equals("CPUID") ? value.matches("[0-9A-F]{6}") : value.matches("[0-9]{1,2}");
                in.check(ok, option + " " + value);
                option = option + " " + value;
            } else {
                in.check(FLAG_OPTIONS.contains(option), option);
            }
            options.add(option);
        }
        return new EntryStatement.Options(options);
    }

    private static EntryStatement console(Operands in) {
        int vaddr = in.address("VIRTUAL ADDRESS");
        String type = in.required("DEVICE TYPE");
        in.check(CONSOLES.contains(type), type);
        Optional<String> spoolClass = in.optional();
        spoolClass.ifPresent(c -> in.check(isSpoolClass(c), c));
        return new EntryStatement.Console(vaddr, type, spoolClass);
    }

    private static EntryStatement spool(Operands in) {
        int vaddr = in.address("VIRTUAL ADDRESS");
        String type = in.required("DEVICE TYPE");
        Optional<UnitRecordKind> kind = UnitRecordKind.parse(in.peek());
        if (kind.isPresent()) {
            in.optional();
        } else {
            kind = UnitRecordKind.implied(type);
        }
        if (kind.isEmpty() && !in.failed()) {
            if (type.equals("2540")) {
                in.fail(DirectoryErrorKind.MISSING_OPERAND, "SPOOL READER OR PUNCH");
            } else {
                in.fail(DirectoryErrorKind.INVALID_OPERAND, type);
            }
            return null;
        }
        in.check(in.failed() || kind.get().accepts(type), type);
        String spoolClass = in.optional().orElse(kind.get() == UnitRecordKind.READER ? "*" : "A");
        in.check(isSpoolClass(spoolClass), spoolClass);
        return new EntryStatement.Spool(vaddr, type, kind.get(), spoolClass.charAt(0));
    }

    private static EntryStatement minidisk(Operands in) {
        int vaddr = in.address("VIRTUAL ADDRESS");
        String typeName = in.required("DEVICE TYPE");
        Optional<DasdGeometry> type = DasdGeometry.byName(typeName);
        in.check(type.isPresent(), typeName);
        int start = in.number("START", 0, Integer.MAX_VALUE);
        String count = in.required("SIZE");
        boolean toEnd = count.equals("END");
        int size = toEnd ? 0 : Operands.decimal(count);
        in.check(toEnd || size > 0, count);
        String volser = in.required("VOLUME SERIAL");
        in.check(Operands.isName(volser, 6), volser);
        DiskMode mode = DiskMode.WRITE;
        if (in.hasNext()) {
            String text = in.required("MODE");
            Optional<DiskMode> parsed = DiskMode.parse(text);
            in.check(parsed.isPresent(), text);
            mode = parsed.orElse(DiskMode.WRITE);
        }
        List<Secret> passwords = new ArrayList<>();
        String[] names = {"READ PASSWORD", "WRITE PASSWORD", "MULTIPLE PASSWORD"};
        for (int i = 0; i < names.length && in.hasNext(); i++) {
            passwords.add(in.secret(names[i], MDISK_KEYWORDS));
        }
        if (in.failed()) {
            return null;
        }
        return new EntryStatement.Minidisk(vaddr, type.get(), typeName, start, size, toEnd, volser, mode, passwords);
    }

    private static EntryStatement link(Operands in) {
        String owner = in.required("USERID");
        in.check(owner.equals("*") || Operands.isName(owner, 8), owner);
        int target = in.address("USER'S ADDRESS");
        int vaddr = in.address("VIRTUAL ADDRESS");
        String text = in.optional().orElse("R");
        Optional<DiskMode> mode = DiskMode.parse(text);
        in.check(mode.isPresent(), text);
        return in.failed() ? null : new EntryStatement.Link(owner, target, vaddr, mode.get());
    }

    private static EntryStatement dedicate(Operands in) {
        int vaddr = in.address("VIRTUAL ADDRESS");
        String real = in.required("REAL ADDRESS OR VOLUME");
        int raddr = DeviceAddress.parse(real);
        in.check(raddr >= 0 || Operands.isName(real, 6), real);
        boolean readOnly = in.peek().equals("R/O");
        if (readOnly) {
            in.optional();
        }
        return new EntryStatement.Dedicate(vaddr, raddr >= 0 ? DeviceAddress.format(raddr) : real, readOnly);
    }

    private static EntryStatement special(Operands in) {
        int vaddr = in.address("VIRTUAL ADDRESS");
        String type = in.required("DEVICE TYPE");
        in.check(SPECIALS.contains(type), type);
        Optional<String> feature = in.optional();
        feature.ifPresent(f -> in.check(f.equals("IBM") || f.equals("TELE"), f));
        return new EntryStatement.Special(vaddr, type, feature);
    }

    private static EntryStatement logonBy(Operands in) {
        List<String> userids = new ArrayList<>();
        userids.add(in.name("USERID"));
        while (in.hasNext() && userids.size() < MAX_LOGONBY) {
            userids.add(in.name("USERID"));
        }
        return new EntryStatement.LogonBy(userids);
    }

    private static boolean isSpoolClass(String text) {
        return text.matches("[A-Z0-9*]");
    }
}
