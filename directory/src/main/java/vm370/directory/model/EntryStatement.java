package vm370.directory.model;

import java.util.List;
import java.util.Optional;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * A statement inside a USER or PROFILE entry, compiled. Each renders its operands back in the
 * canonical source form, so that export followed by DIRECTXA reproduces the same directory.
 */
public sealed interface EntryStatement {

    /** The statement's name as the source writes it: {@code MDISK}, {@code LINK}... */
    String verb();

    /** The operands in canonical form, separated by single blanks. */
    String operands();

    /** The whole statement as one source line (before splitting at column 71). */
    default String render() {
        String operands = operands();
        return operands.isEmpty() ? verb() : verb() + " " + operands;
    }

    /** A statement that defines a virtual device at a virtual address. */
    sealed interface Device extends EntryStatement {
        int vaddr();
    }

    /** ACCOUNT: the account number charged, and the distribution code printed on separators. */
    record Account(String number, Optional<String> distribution) implements EntryStatement {
        public String verb() {
            return "ACCOUNT";
        }

        public String operands() {
            return number + distribution.map(d -> " " + d).orElse("");
        }
    }

    /** IPL: the device or named system IPLed at logon, with the text passed as PARM (case kept). */
    record Ipl(String target, Optional<String> parm) implements EntryStatement {
        public String verb() {
            return "IPL";
        }

        public String operands() {
            return target + parm.map(p -> " PARM " + p).orElse("");
        }
    }

    /** MACHINE: the architecture of the virtual machine (370, XA, ESA, XC, Z). */
    record Machine(String mode) implements EntryStatement {
        public String verb() {
            return "MACHINE";
        }

        public String operands() {
            return mode;
        }
    }

    /** OPTION: virtual machine options such as ECMODE, REALTIMER, ACCT, BMX, CPUID nnnnnn. */
    record Options(List<String> options) implements EntryStatement {
        public Options {
            options = List.copyOf(options);
        }

        public String verb() {
            return "OPTION";
        }

        public String operands() {
            return String.join(" ", options);
        }
    }

    /** CONSOLE: the virtual console, with an optional spool class for its log. */
    record Console(int vaddr, String deviceType, Optional<String> spoolClass) implements Device {
        public String verb() {
            return "CONSOLE";
        }

        public String operands() {
            return DeviceAddress.format(vaddr) + " " + deviceType + spoolClass.map(c -> " " + c).orElse("");
        }
    }

    /** SPOOL: a virtual reader, punch or printer, with its spool class ({@code *} = any). */
    record Spool(int vaddr, String deviceType, UnitRecordKind kind, char spoolClass) implements Device {
        public String verb() {
            return "SPOOL";
        }

        public String operands() {
            return DeviceAddress.format(vaddr) + " " + deviceType + " " + kind.name() + " " + spoolClass;
        }
    }

    /**
     * MDISK: a minidisk of {@code count} cylinders (or blocks, on fixed-block volumes) from
     * {@code start} on {@code volser}, or to the end of the volume; passwords read, write, multi.
     */
    record Minidisk(int vaddr, DasdGeometry deviceType, String typeName, int start, int count, boolean toEnd,
                    String volser, DiskMode mode, List<Secret> passwords) implements Device {
        public Minidisk {
            passwords = List.copyOf(passwords);
        }

        public String verb() {
            return "MDISK";
        }

        public String operands() {
            StringBuilder text = new StringBuilder()
                    .append(DeviceAddress.format(vaddr)).append(' ').append(typeName).append(' ')
                    .append(start).append(' ').append(toEnd ? "END" : Integer.toString(count)).append(' ')
                    .append(volser).append(' ').append(mode.render());
            passwords.forEach(password -> text.append(' ').append(password.render()));
            return text.toString();
        }

        /** The extent on {@code volume} (which must be this minidisk's). */
        public Extent extent(Volume volume) {
            return new Extent(volume, start, toEnd ? volume.size() - 1 : start + count - 1);
        }

        /** The password guarding {@code level}, if the statement gives one. */
        public Optional<Secret> password(AccessMode.Level level) {
            int index = level.ordinal();
            return index < passwords.size() ? Optional.of(passwords.get(index)) : Optional.empty();
        }

        public Minidisk withPasswords(List<Secret> newPasswords) {
            return new Minidisk(vaddr, deviceType, typeName, start, count, toEnd, volser, mode, newPasswords);
        }
    }

    /** LINK: at logon, link another user's ({@code *} = this user's) minidisk at {@code vaddr}. */
    record Link(String owner, int targetAddress, int vaddr, DiskMode mode) implements Device {
        public String verb() {
            return "LINK";
        }

        public String operands() {
            return owner + " " + DeviceAddress.format(targetAddress) + " " + DeviceAddress.format(vaddr)
                    + " " + mode.render();
        }
    }

    /** DEDICATE: a real device (by real address or by volume serial) given to the user at logon. */
    record Dedicate(int vaddr, String real, boolean readOnly) implements Device {
        public String verb() {
            return "DEDICATE";
        }

        public String operands() {
            return DeviceAddress.format(vaddr) + " " + real + (readOnly ? " R/O" : "");
        }
    }

    /** SPECIAL: a virtual 3270, channel-to-channel adapter, timer or communication line. */
    record Special(int vaddr, String deviceType, Optional<String> feature) implements Device {
        public String verb() {
            return "SPECIAL";
        }

        public String operands() {
            return DeviceAddress.format(vaddr) + " " + deviceType + feature.map(f -> " " + f).orElse("");
        }
    }

    /** LOGONBY: the users who may log on to this one with their own password (LOGON ... BY). */
    record LogonBy(List<String> userids) implements EntryStatement {
        public LogonBy {
            userids = List.copyOf(userids);
        }

        public String verb() {
            return "LOGONBY";
        }

        public String operands() {
            return String.join(" ", userids);
        }
    }
}
