package cn.gov.chengdu.persistence.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import cn.gov.chengdu.common.problem.ProblemException;

/** Pure helpers: the key as the client meant it, and a request's fingerprint. */
final class IdempotencyKeys {

    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private IdempotencyKeys() {}

    /** The header value without the structured-field string quotes ({@code "abc"} and {@code abc} are one key). */
    static String normalise(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (!VALID.matcher(key).matches()) {
            throw ProblemException.invalidField(
                    "Idempotency-Key", "must be 1-255 visible ASCII characters (a UUID is a good choice)");
        }
        return key;
    }

    static String fingerprint(String canonicalRequest) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
