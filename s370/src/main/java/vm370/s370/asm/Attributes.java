package vm370.s370.asm;

/** Data attributes derived from a symbol's type and length (HLASM Language Reference, "Data attributes"). */
final class Attributes {

    private Attributes() {
    }

    /** I': the number of integer digits or bits (scale modifiers are not supported, so the scale is 0). */
    static int integer(Symbol symbol) {
        return switch (symbol.type) {
            case 'F', 'H' -> 8 * symbol.length - 1;
            case 'P' -> 2 * symbol.length - 1;
            case 'Z' -> symbol.length;
            case 'E', 'D', 'L' -> 2 * (symbol.length - 1);
            default -> 0;
        };
    }
}
