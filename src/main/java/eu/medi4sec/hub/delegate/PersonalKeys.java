package eu.medi4sec.hub.delegate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A delegate's personal key: 256 random bits, shown once, stored only as its SHA-256. The personal
 * link carries it in the fragment, so it never reaches a server log.
 */
final class PersonalKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalKeys() {}

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String link(String key) {
        return "/my-registration#key=" + key;
    }
}
