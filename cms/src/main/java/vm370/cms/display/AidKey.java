package vm370.cms.display;

import java.util.Optional;

/** The attention identifier: the key that sent an inbound record, with its wire code. */
public enum AidKey {
    NONE(0x60), ENTER(0x7D), CLEAR(0x6D), PA1(0x6C), PA2(0x6E), PA3(0x6B),
    PF1(0xF1), PF2(0xF2), PF3(0xF3), PF4(0xF4), PF5(0xF5), PF6(0xF6), PF7(0xF7), PF8(0xF8), PF9(0xF9),
    PF10(0x7A), PF11(0x7B), PF12(0x7C),
    PF13(0xC1), PF14(0xC2), PF15(0xC3), PF16(0xC4), PF17(0xC5), PF18(0xC6), PF19(0xC7), PF20(0xC8), PF21(0xC9),
    PF22(0x4A), PF23(0x4B), PF24(0x4C);

    private final int code;

    AidKey(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The PF key's number, 0 for other keys. */
    public int pfNumber() {
        return ordinal() >= PF1.ordinal() ? ordinal() - PF1.ordinal() + 1 : 0;
    }

    /** True for keys that send only the AID byte (CLEAR and the PA keys: a short read). */
    public boolean shortRead() {
        return this == CLEAR || this == PA1 || this == PA2 || this == PA3;
    }

    public static Optional<AidKey> of(int code) {
        for (AidKey k : values()) {
            if (k.code == (code & 0xFF)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public static AidKey pf(int n) {
        if (n < 1 || n > 24) {
            throw new IllegalArgumentException("PF key: " + n + " (expected: 1-24)");
        }
        return values()[PF1.ordinal() + n - 1];
    }
}
