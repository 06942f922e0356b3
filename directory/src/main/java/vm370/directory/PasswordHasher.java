package vm370.directory;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import vm370.directory.model.Secret;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes, written {@code PBKDF2:iterations:salt:hash} (URL-safe
 * base64). The iteration count travels in each hash, so it can be raised later without
 * invalidating stored passwords. Passwords are upper case, as VM/370 terminals send them.
 */
public final class PasswordHasher {

    /**
     * 256 iterations: a deliberate trade. DIRECTXA recompiles the whole directory, so 10,000 clear
     * passwords must hash in about a second (in parallel; {@link Pbkdf2Sha256} costs about 0.4 us
     * an iteration). Each hash records its own count, so a site can raise it
     * ({@link #PasswordHasher(int)}) without invalidating stored passwords.
     */
    public static final int DEFAULT_ITERATIONS = 256;

    private static final String PREFIX = "PBKDF2:";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations: " + iterations + " (expected: >= 1)");
        }
        this.iterations = iterations;
    }

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** A fresh salted hash of {@code clear}. */
    public Secret.Hashed hash(String clear) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(clear.toUpperCase(Locale.ROOT).toCharArray(), salt, iterations);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return new Secret.Hashed(PREFIX + iterations + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(hash));
    }

    /** Whether {@code stored} was made with this hasher's iteration count (a hash made with another is redone). */
    public boolean isCurrent(Secret.Hashed stored) {
        return stored.encoded().startsWith(PREFIX + iterations + ":");
    }

    /** Whether {@code candidate} is the password {@code stored} was made from; compares in constant time. */
    public static boolean matches(Secret.Hashed stored, char[] candidate) {
        String[] parts = stored.encoded().split(":");
        Base64.Decoder base64 = Base64.getUrlDecoder();
        char[] upper = new char[candidate.length];
        for (int i = 0; i < candidate.length; i++) {
            upper[i] = Character.toUpperCase(candidate[i]);
        }
        byte[] actual = derive(upper, base64.decode(parts[2]), Integer.parseInt(parts[1]));
        Arrays.fill(upper, ' ');
        return MessageDigest.isEqual(actual, base64.decode(parts[3]));
    }

    /** Whether {@code text} is a hash in this class's form (DIRECTXA accepts those back from export). */
    public static boolean isWellFormed(String text) {
        if (!text.startsWith(PREFIX)) {
            return false;
        }
        String[] parts = text.split(":", -1);
        return parts.length == 4 && parts[1].matches("[1-9][0-9]{0,8}")
                && parts[2].matches("[A-Za-z0-9_-]{22}") && parts[3].matches("[A-Za-z0-9_-]{43}");
    }

    /** PBKDF2 of the password's UTF-8 bytes (as the JDK's PBEKeySpec encodes it); the bytes are wiped after. */
    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            return Pbkdf2Sha256.derive(bytes, salt, iterations);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
