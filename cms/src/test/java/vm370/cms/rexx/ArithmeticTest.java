package vm370.cms.rexx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** REXX decimal arithmetic: the standard's results, and the fast paths agreeing with the general one. */
class ArithmeticTest {

    record Case(String expression, int digits, boolean engineering, String expected) {
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("1 / 3", 9, false, "0.333333333"),
                new Case("2 / 3", 9, false, "0.666666667"),
                new Case("1 / 3", 20, false, "0.33333333333333333333"),
                new Case("123456 + 0", 5, false, "1.2346E+5"),
                new Case("2 ** 100", 9, false, "1.26765060E+30"),
                new Case("10 ** 20", 9, true, "100.000000E+18"),
                new Case("0.0000001 * 1", 9, false, "1E-7"),
                new Case("0.000001 * 1", 9, false, "0.000001"),
                new Case("1.50 + 1", 9, false, "2.50"),
                new Case("1.20 / 1", 9, false, "1.2"),
                new Case("-7 // 2", 9, false, "-1"),
                new Case("-7 % 2", 9, false, "-3"),
                new Case("999999999 + 1", 9, false, "1.00000000E+9"),
                new Case("2 ** -2", 9, false, "0.25"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void resultsAreTheStandards(Case c) {
        Numeric n = new Numeric();
        n.digits = c.digits();
        n.engineering = c.engineering();
        String[] p = c.expression().split(" ");
        String r = switch (p[1]) {
            case "+" -> Arithmetic.add(p[0], p[2], n);
            case "/" -> Arithmetic.divide(p[0], p[2], n);
            case "*" -> Arithmetic.multiply(p[0], p[2], n);
            case "**" -> Arithmetic.power(p[0], p[2], n);
            case "//" -> Arithmetic.remainder(p[0], p[2], n);
            default -> Arithmetic.integerDivide(p[0], p[2], n);
        };
        assertEquals(c.expected(), r, c.expression());
    }

    @Test
    void shortDecimalFastPathAgreesWithBigDecimal() {
        Random random = new Random(370);
        Numeric n = new Numeric();
        for (int i = 0; i < 20_000; i++) {
            String a = decimal(random);
            String b = decimal(random);
            BigDecimal x = new BigDecimal(a);
            BigDecimal y = new BigDecimal(b);
            assertEquals(Arithmetic.format(x.add(y, Arithmetic.context(9)), n), Arithmetic.add(a, b, n), a + " + " + b);
            assertEquals(Arithmetic.format(x.subtract(y, Arithmetic.context(9)), n), Arithmetic.subtract(a, b, n), a + " - " + b);
            assertEquals(Arithmetic.format(x.multiply(y, Arithmetic.context(9)), n), Arithmetic.multiply(a, b, n), a + " * " + b);
        }
    }

    private static String decimal(Random random) {
        int digits = 1 + random.nextInt(9);
        StringBuilder b = new StringBuilder();
        if (random.nextBoolean()) {
            b.append('-');
        }
        int point = random.nextInt(digits + 1);
        for (int i = 0; i < digits; i++) {
            if (i == point && i > 0) {
                b.append('.');
            }
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    @Test
    void divisionByZeroIsError42AndBadNumbersError41() {
        Numeric n = new Numeric();
        assertEquals(42, assertThrows(RexxError.class, () -> Arithmetic.divide("1", "0", n)).number());
        assertEquals(41, assertThrows(RexxError.class, () -> Arithmetic.add("abc", "1", n)).number());
    }
}
