package vm370.directory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class Pbkdf2Sha256Test {

    @Test
    void derivesTheRfc7914TestVector() {
        byte[] expected = HexFormat.of().parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        assertArrayEquals(expected, Pbkdf2Sha256.derive("passwd".getBytes(StandardCharsets.US_ASCII),
                "salt".getBytes(StandardCharsets.US_ASCII), 1));
    }

    @Test
    void agreesWithTheJdkForManyPasswordsSaltsAndIterationCounts() throws Exception {
        SecretKeyFactory jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        Random random = new Random(370);
        int[] iterations = {1, 2, 3, 17, 256, 1000};
        // Passwords of 1 to 100 characters cover keys shorter and longer than one block (64 bytes).
        for (int length : new int[] {1, 5, 8, 31, 55, 56, 63, 64, 65, 100}) {
            for (int saltLength : new int[] {1, 16, 51, 52, 60, 100}) {
                char[] password = new char[length];
                for (int i = 0; i < length; i++) {
                    password[i] = (char) ('A' + random.nextInt(26));
                }
                byte[] salt = new byte[saltLength];
                random.nextBytes(salt);
                int count = iterations[random.nextInt(iterations.length)];
                byte[] expected = jdk.generateSecret(new PBEKeySpec(password, salt, count, 256)).getEncoded();
                byte[] actual = Pbkdf2Sha256.derive(new String(password).getBytes(StandardCharsets.UTF_8), salt, count);
                assertArrayEquals(expected, actual, "length " + length + " salt " + saltLength + " count " + count);
            }
        }
    }
}
