package vm370.cms.rexx;

import java.util.Map;

/**
 * The table of built-in functions, by name, and the ones that ask the running program about
 * itself (ARG, CONDITION, SYMBOL, VALUE, SOURCELINE, TRACE...) or its host (QUEUED, USERID...).
 */
final class Builtins {

    /** A built-in function: it gets the caller's activation and the argument values (null = omitted). */
    @FunctionalInterface
    interface Function {
        String call(Activation a, String[] arguments);
    }

    private static final Map<String, Function> TABLE = Map.ofEntries(
            Map.entry("ABBREV", StringFunctions::abbrev), Map.entry("ABS", NumberFunctions::abs),
            Map.entry("ADDRESS", Builtins::address), Map.entry("ARG", Builtins::arg),
            Map.entry("B2X", Conversions::b2x), Map.entry("BITAND", Conversions::bitand),
            Map.entry("BITOR", Conversions::bitor), Map.entry("BITXOR", Conversions::bitxor),
            Map.entry("C2D", Conversions::c2d), Map.entry("C2X", Conversions::c2x),
            Map.entry("CENTER", StringFunctions::center), Map.entry("CENTRE", StringFunctions::center),
            Map.entry("CHANGESTR", StringFunctions::changestr), Map.entry("COMPARE", StringFunctions::compare),
            Map.entry("CONDITION", Builtins::condition), Map.entry("COPIES", StringFunctions::copies),
            Map.entry("COUNTSTR", StringFunctions::countstr), Map.entry("D2C", Conversions::d2c),
            Map.entry("D2X", Conversions::d2x), Map.entry("DATATYPE", Datatype::datatype),
            Map.entry("DATE", DateTime::date), Map.entry("DELSTR", StringFunctions::delstr),
            Map.entry("DELWORD", StringFunctions::delword), Map.entry("DIGITS", NumberFunctions::digits),
            Map.entry("ERRORTEXT", Builtins::errortext), Map.entry("EXTERNALS", Builtins::externals),
            Map.entry("FIND", StringFunctions::find), Map.entry("FORM", NumberFunctions::form),
            Map.entry("FORMAT", NumberFunctions::format), Map.entry("FUZZ", NumberFunctions::fuzz),
            Map.entry("INDEX", StringFunctions::index), Map.entry("INSERT", StringFunctions::insert),
            Map.entry("JUSTIFY", StringFunctions::justify), Map.entry("LASTPOS", StringFunctions::lastpos),
            Map.entry("LEFT", StringFunctions::left), Map.entry("LENGTH", StringFunctions::length),
            Map.entry("LINEIN", Builtins::linein), Map.entry("LINEOUT", Builtins::lineout),
            Map.entry("LINES", Builtins::lines), Map.entry("LINESIZE", Builtins::linesize),
            Map.entry("MAX", NumberFunctions::max), Map.entry("MIN", NumberFunctions::min),
            Map.entry("OVERLAY", StringFunctions::overlay), Map.entry("POS", StringFunctions::pos),
            Map.entry("QUEUED", Builtins::queued), Map.entry("RANDOM", NumberFunctions::random),
            Map.entry("REVERSE", StringFunctions::reverse), Map.entry("RIGHT", StringFunctions::right),
            Map.entry("SIGN", NumberFunctions::sign), Map.entry("SOURCELINE", Builtins::sourceline),
            Map.entry("SPACE", StringFunctions::space), Map.entry("STRIP", StringFunctions::strip),
            Map.entry("SUBSTR", StringFunctions::substr), Map.entry("SUBWORD", StringFunctions::subword),
            Map.entry("SYMBOL", Builtins::symbol), Map.entry("TIME", DateTime::time),
            Map.entry("TRACE", Builtins::trace), Map.entry("TRANSLATE", StringFunctions::translate),
            Map.entry("TRUNC", NumberFunctions::trunc), Map.entry("USERID", Builtins::userid),
            Map.entry("VALUE", Builtins::value), Map.entry("VERIFY", StringFunctions::verify),
            Map.entry("WORD", StringFunctions::word), Map.entry("WORDINDEX", StringFunctions::wordindex),
            Map.entry("WORDLENGTH", StringFunctions::wordlength), Map.entry("WORDPOS", StringFunctions::wordpos),
            Map.entry("WORDS", StringFunctions::words), Map.entry("X2B", Conversions::x2b),
            Map.entry("X2C", Conversions::x2c), Map.entry("X2D", Conversions::x2d),
            Map.entry("XRANGE", Conversions::xrange));

    private Builtins() {
    }

    static Function find(String name) {
        return TABLE.get(name);
    }

    static String address(Activation a, String[] v) {
        new Arguments("ADDRESS", v, a, 0, 0);
        return a.address;
    }

    static String arg(Activation a, String[] v) {
        Arguments args = new Arguments("ARG", v, a, 0, 2);
        String[] given = a.arguments;
        if (!args.has(0)) {
            if (args.has(1)) {
                throw args.fail("argument 1 is required when argument 2 is given");
            }
            int count = given.length;
            while (count > 0 && given[count - 1] == null) {
                count--;
            }
            return Integer.toString(count);
        }
        int n = args.positive(0, 1);
        boolean exists = n <= given.length && given[n - 1] != null;
        if (!args.has(1)) {
            return exists ? given[n - 1] : "";
        }
        return switch (args.option(1, 'N', "EO")) {
            case 'E' -> exists ? "1" : "0";
            default -> exists ? "0" : "1";
        };
    }

    static String condition(Activation a, String[] v) {
        Arguments args = new Arguments("CONDITION", v, a, 0, 1);
        char option = args.option(0, 'I', "CDIS");
        Condition.Raised r = a.raised;
        if (r == null) {
            return "";
        }
        return switch (option) {
            case 'C' -> r.condition().name();
            case 'D' -> r.description() == null ? "" : r.description();
            case 'S' -> r.status();
            default -> r.call() ? "CALL" : "SIGNAL";
        };
    }

    static String errortext(Activation a, String[] v) {
        Arguments args = new Arguments("ERRORTEXT", v, a, 1, 1);
        int n = args.nonNegative(0, 0);
        if (n > 99) {
            throw args.fail("argument 1 must be 0 to 99; found \"" + n + "\"");
        }
        return ErrorText.of(n);
    }

    static String externals(Activation a, String[] v) {
        new Arguments("EXTERNALS", v, a, 0, 0);
        return "0";
    }

    static String linein(Activation a, String[] v) {
        Arguments args = new Arguments("LINEIN", v, a, 0, 3);
        if (args.has(0) && !args.string(0).isEmpty()) {
            throw args.fail("only the default input stream is available");
        }
        String line = a.interpreter.host.readTerminal();
        return line == null ? "" : line;
    }

    static String lineout(Activation a, String[] v) {
        Arguments args = new Arguments("LINEOUT", v, a, 0, 3);
        if (args.has(0) && !args.string(0).isEmpty()) {
            throw args.fail("only the default output stream is available");
        }
        if (args.has(1)) {
            a.interpreter.host.say(args.string(1));
        }
        return "0";
    }

    static String lines(Activation a, String[] v) {
        new Arguments("LINES", v, a, 0, 2);
        return "1";
    }

    static String linesize(Activation a, String[] v) {
        new Arguments("LINESIZE", v, a, 0, 0);
        return Integer.toString(a.interpreter.host.lineSize());
    }

    static String queued(Activation a, String[] v) {
        new Arguments("QUEUED", v, a, 0, 0);
        return Integer.toString(a.interpreter.host.stack().queued());
    }

    static String sourceline(Activation a, String[] v) {
        Arguments args = new Arguments("SOURCELINE", v, a, 0, 1);
        int count = a.program.sourceLines().length;
        if (!args.has(0)) {
            return Integer.toString(count);
        }
        int n = args.positive(0, 1);
        if (n > count) {
            throw args.fail("line " + n + " is beyond the program's " + count + " lines");
        }
        return a.program.sourceLine(n);
    }

    static String trace(Activation a, String[] v) {
        Arguments args = new Arguments("TRACE", v, a, 0, 1);
        String old = (a.interactive ? "?" : "") + a.traceLevel.letter;
        if (args.has(0)) {
            Statements.Trace.apply(a, args.string(0));
        }
        return old;
    }

    static String userid(Activation a, String[] v) {
        new Arguments("USERID", v, a, 0, 0);
        return a.interpreter.host.userId();
    }

    /** A variable named by a string: the symbol's parse, or null when the name is not a valid symbol. */
    private static Expr variable(String name) {
        String upper = name.toUpperCase();
        if (upper.isEmpty()) {
            return null;
        }
        for (int i = 0; i < upper.length(); i++) {
            if (!Tokenizer.isSymbolChar(upper.charAt(i))) {
                return null;
            }
        }
        return ExpressionParser.symbol(upper);
    }

    static String symbol(Activation a, String[] v) {
        Arguments args = new Arguments("SYMBOL", v, a, 1, 1);
        Expr e = variable(args.string(0));
        if (e == null) {
            return "BAD";
        }
        if (e instanceof Expr.Literal) {
            return "LIT";
        }
        return a.vars.get(Assigner.name(a, e)) != null ? "VAR" : "LIT";
    }

    static String value(Activation a, String[] v) {
        Arguments args = new Arguments("VALUE", v, a, 1, 3);
        if (args.has(2)) {
            throw args.fail("no variable pool selector \"" + args.string(2) + "\" is available");
        }
        Expr e = variable(args.string(0));
        if (e instanceof Expr.Literal constant && !args.has(1)) {
            return constant.value();
        }
        if (e == null || e instanceof Expr.Literal) {
            throw args.fail("argument 1 must be the name of a variable; found \"" + args.string(0) + "\"");
        }
        String old = Assigner.value(a, e);
        if (args.has(1)) {
            Assigner.assign(a, e, args.string(1));
        }
        return old;
    }
}
