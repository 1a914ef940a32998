package cn.gov.chengdu.certificate.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes: 8 characters from an alphabet without the look-alikes 0/O and 1/I, easy to read out and
 * type; 32^8 ≈ 1.1 × 10^12 codes, random (a guess at one certificate succeeds once in a trillion tries).
 */
public final class VerificationCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {}

    public static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether what a person typed is the code: case, spaces and hyphens ignored; compared in constant time. */
    public static boolean matches(String code, String typed) {
        if (typed == null) {
            return false;
        }
        String normalised = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(
                code.getBytes(StandardCharsets.US_ASCII), normalised.getBytes(StandardCharsets.UTF_8));
    }
}
