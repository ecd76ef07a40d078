package eu.medi4sec.hub.workshop;

import java.security.SecureRandom;

/** Short codes delegates type from a projector: no characters that read alike (0/O, 1/I/L, 2/Z, 5/S, 8/B). */
final class JoinCodes {

    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {}

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
