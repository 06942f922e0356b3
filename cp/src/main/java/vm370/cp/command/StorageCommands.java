package vm370.cp.command;

import java.util.ArrayList;
import java.util.List;
import vm370.s370.cpu.Cpu;
import vm370.s370.storage.MainStorage;
import vm370.s370.text.Ebcdic;

/**
 * DISPLAY and STORE: one's own machine's storage (hex, or hex with its EBCDIC translation),
 * general, floating-point and control registers, PSW, CAW and CSW. On the machine's thread,
 * which holds its storage lock while it runs commands.
 * @vm370 DMKCDB
 */
final class StorageCommands {

    private static final String MODULE = "DMKCDB";
    private static final int CSW = 0x40;
    private static final int CAW = 0x48;
    private static final int LINE = 16;

    /** DISPLAY [L|T]hexloc[-end|.len|-END], G[reg], Y[reg], X[reg], PSW, CAW, CSW. */
    CommandResponse display(CommandEntry.Request request) {
        Tokens operands = request.operands();
        if (!operands.hasNext()) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        Cpu cpu = request.machine().cpu();
        List<String> lines = new ArrayList<>();
        for (String operand = operands.next(); operand != null; operand = operands.next()) {
            CommandResponse failed = displayOne(cpu, operand, lines);
            if (failed != null) {
                return failed;
            }
        }
        return new CommandResponse(lines, 0);
    }

    private static CommandResponse displayOne(Cpu cpu, String operand, List<String> lines) {
        switch (operand) {
            case "PSW" -> {
                long psw = cpu.currentPsw();
                lines.add(String.format("PSW = %08X  %08X", (int) (psw >>> 32), (int) psw));
                return null;
            }
            case "CAW" -> {
                lines.add(String.format("CAW = %08X", cpu.storage().read(CAW, 4)));
                return null;
            }
            case "CSW" -> {
                long csw = cpu.storage().read(CSW, 8);
                lines.add(String.format("CSW = %08X  %08X", (int) (csw >>> 32), (int) csw));
                return null;
            }
            default -> { }
        }
        char kind = operand.charAt(0);
        if (kind == 'G' || kind == 'Y' || kind == 'X') {
            return registers(cpu, kind, operand.substring(1), lines);
        }
        boolean translate = kind == 'T';
        String range = kind == 'L' || kind == 'T' ? operand.substring(1) : operand;
        int[] bounds = range(range, cpu.storage().size());
        if (bounds == null) {
            return CpMessage.INVALID_HEXLOC.from(MODULE);
        }
        storage(cpu.storage(), bounds[0], bounds[1], translate, lines);
        return null;
    }

    /** {@code hexloc}, {@code hexloc-end}, {@code hexloc-END} or {@code hexloc.len} as first and last address, or null. */
    static int[] range(String text, int size) {
        int dash = text.indexOf('-');
        int dot = text.indexOf('.');
        int split = dash >= 0 ? dash : dot;
        int first = hex(split >= 0 ? text.substring(0, split) : text, 6);
        int last;
        if (split < 0) {
            last = first + 3;
        } else if (dash >= 0) {
            String end = text.substring(dash + 1);
            last = end.equals("END") ? size - 1 : hex(end, 6);
        } else {
            int length = hex(text.substring(dot + 1), 6);
            last = length <= 0 ? -1 : first + length - 1;
        }
        if (first < 0 || last < first || first >= size) {
            return null;
        }
        return new int[] {first, Math.min(last, size - 1)};
    }

    /** Lines of up to four words, each line ending at a 16-byte boundary, as VM/370 lays them out. */
    private static void storage(MainStorage storage, int first, int last, boolean translate, List<String> lines) {
        int address = first & ~3;
        while (address <= last) {
            int end = Math.min((address | (LINE - 1)), last | 3);
            StringBuilder line = new StringBuilder(String.format("%06X", address));
            byte[] data = new byte[end - address + 1];
            storage.readBytes(address, data, 0, data.length);
            for (int i = 0; i < data.length; i += 4) {
                line.append(String.format(" %08X", (data[i] & 0xFF) << 24 | (data[i + 1] & 0xFF) << 16
                        | (data[i + 2] & 0xFF) << 8 | data[i + 3] & 0xFF));
            }
            if (translate) {
                line.append(" *").append(printable(data)).append('*');
            }
            lines.add(line.toString());
            address = end + 1;
        }
    }

    /** The EBCDIC text of the bytes, a period for each byte that prints nothing. */
    static String printable(byte[] data) {
        String text = Ebcdic.CP037.decode(data);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7F ? c : '.');
        }
        return out.toString();
    }

    private static CommandResponse registers(Cpu cpu, char kind, String which, List<String> lines) {
        int count = kind == 'Y' ? 4 : 16;
        int first = 0;
        int last = count - 1;
        if (!which.isEmpty()) {
            int number = hex(which, 2);
            if (kind == 'Y') {
                number = number >= 0 && number % 2 == 0 ? number / 2 : -1;
            }
            if (number < 0 || number >= count) {
                return CpMessage.INVALID_REGISTER.from(MODULE);
            }
            first = number;
            last = number;
        }
        if (kind == 'Y') {
            for (int r = first; r <= last; r++) {
                lines.add(String.format("FPR %d = %08X  %08X", r * 2, (int) (cpu.fpr[r] >>> 32), (int) cpu.fpr[r]));
            }
            return null;
        }
        String name = kind == 'G' ? "GPR" : "ECR";
        int[] values = kind == 'G' ? cpu.gpr : cpu.cr;
        for (int r = first; r <= last; r += 4) {
            StringBuilder line = new StringBuilder(String.format("%s %2d = ", name, r));
            for (int i = r; i <= Math.min(last, r + 3); i++) {
                line.append(i == r ? "" : " ").append(String.format("%08X", values[i]));
            }
            lines.add(line.toString());
        }
        return null;
    }

    /** STORE [L|S]hexloc data..., G[reg] data..., PSW [word1] word2. */
    CommandResponse store(CommandEntry.Request request) {
        Tokens operands = request.operands();
        String where = operands.next();
        if (where == null || !operands.hasNext()) {
            return CpMessage.OPERAND_MISSING.from(MODULE);
        }
        List<String> data = new ArrayList<>();
        for (String word = operands.next(); word != null; word = operands.next()) {
            if (!word.matches("[0-9A-F]{1,8}")) {
                return CpMessage.INVALID_HEXDATA.from(MODULE);
            }
            data.add(word);
        }
        Cpu cpu = request.machine().cpu();
        if (where.equals("PSW")) {
            return storePsw(cpu, data);
        }
        if (where.charAt(0) == 'G') {
            int register = hex(where.substring(1), 2);
            if (register < 0 || register > 15 || register + data.size() > 16) {
                return CpMessage.INVALID_REGISTER.from(MODULE);
            }
            for (int i = 0; i < data.size(); i++) {
                cpu.gpr[register + i] = (int) Long.parseLong(data.get(i), 16);
            }
            return CommandResponse.ok("STORE COMPLETE");
        }
        int address = hex(where.charAt(0) == 'L' || where.charAt(0) == 'S' ? where.substring(1) : where, 6);
        byte[] bytes = bytes(data);
        if (address < 0 || address + bytes.length > cpu.storage().size()) {
            return CpMessage.INVALID_HEXLOC.from(MODULE);
        }
        cpu.storage().writeBytes(address, bytes, 0, bytes.length);
        return CommandResponse.ok("STORE COMPLETE");
    }

    private static CommandResponse storePsw(Cpu cpu, List<String> data) {
        if (data.size() > 2) {
            return CpMessage.INVALID_HEXDATA.from(MODULE);
        }
        long psw = cpu.currentPsw();
        long second = Long.parseLong(data.getLast(), 16);
        long first = data.size() == 2 ? Long.parseLong(data.getFirst(), 16) : psw >>> 32;
        cpu.loadPsw(first << 32 | second);
        return CommandResponse.ok("STORE COMPLETE");
    }

    /** Each operand's bytes in turn; an odd number of digits has a zero put in front. */
    private static byte[] bytes(List<String> data) {
        List<Byte> out = new ArrayList<>();
        for (String word : data) {
            String even = word.length() % 2 == 0 ? word : "0" + word;
            for (int i = 0; i < even.length(); i += 2) {
                out.add((byte) Integer.parseInt(even.substring(i, i + 2), 16));
            }
        }
        byte[] result = new byte[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    /** A hexadecimal number of 1 to {@code maxDigits} digits, or -1. */
    static int hex(String text, int maxDigits) {
        return text.length() <= maxDigits ? hexDigits(text) : -1;
    }

    private static int hexDigits(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }
}
