package vm370.cms.rexx;

/** DATATYPE(string [,type]) (ANSI X3.274 section 9.3): NUM or CHAR, or a test for one type. */
final class Datatype {

    private Datatype() {
    }

    static String datatype(Activation a, String[] v) {
        Arguments args = new Arguments("DATATYPE", v, a, 1, 2);
        String s = args.string(0);
        if (!args.has(1)) {
            return Arithmetic.isNumber(s) ? "NUM" : "CHAR";
        }
        char type = args.option(1, 'N', "ABLMNSUWX");
        boolean result = switch (type) {
            case 'A' -> !s.isEmpty() && all(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
            case 'B' -> binary(s);
            case 'L' -> !s.isEmpty() && all(s, "abcdefghijklmnopqrstuvwxyz");
            case 'M' -> !s.isEmpty() && all(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
            case 'N' -> Arithmetic.isNumber(s);
            case 'S' -> !s.isEmpty() && symbolChars(s);
            case 'U' -> !s.isEmpty() && all(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
            case 'W' -> whole(s, a);
            default -> hex(s);
        };
        return result ? "1" : "0";
    }

    private static boolean all(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) {
            if (allowed.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean symbolChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Tokenizer.isSymbolChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean whole(String s, Activation a) {
        var n = Arithmetic.parse(s);
        if (n == null) {
            return false;
        }
        n = n.round(Arithmetic.context(a.numeric.digits));
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }

    private static boolean grouped(String s, String digits, int group) {
        if (s.isEmpty()) {
            return true;
        }
        if (s.startsWith(" ") || s.endsWith(" ")) {
            return false;
        }
        String[] parts = s.split(" +");
        for (int i = 0; i < parts.length; i++) {
            if ((i > 0 && parts[i].length() % group != 0) || !all(parts[i], digits)) {
                return false;
            }
        }
        return true;
    }

    private static boolean binary(String s) {
        return grouped(s, "01", 4);
    }

    private static boolean hex(String s) {
        return grouped(s, "0123456789ABCDEFabcdef", 2);
    }
}
