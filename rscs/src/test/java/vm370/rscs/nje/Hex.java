package vm370.rscs.nje;

import java.util.HexFormat;

/** Hex text with blanks for readable expected bytes. */
final class Hex {

    private Hex() {
    }

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
    }

    static String text(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
