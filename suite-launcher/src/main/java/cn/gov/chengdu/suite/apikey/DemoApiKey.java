package cn.gov.chengdu.suite.apikey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import cn.gov.chengdu.suite.keys.KeyFiles;

/**
 * The demo integrator's API key, which the gateway knows by {@code X-API-Key}: {@code cdk_} and 43 base64url
 * characters (32 random bytes). Kept in plain text (mode 600) so that {@code ./suite apikey} can print it again, and,
 * as its SHA-256, in the file the gateway reads ({@code GATEWAY_API_KEYS_FILE}, mode 600) with the demo's rate
 * limit. Made on first use, like the suite's other keys. JDK classes only: {@code ./suite apikey} starts a JVM for it.
 */
public final class DemoApiKey {

    public static final String NAME = "demo-integrator";
    /** High enough that a benchmark through the gateway measures the gateway, not the quota. */
    static final int RATE_PER_SECOND = 10_000;
    static final int BURST = 20_000;

    private static final String PREFIX = "cdk_";
    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("cdk_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoApiKey() {
    }

    /**
     * The key in {@code keyFile}, made if there is none; {@code gatewayFile} is (re)written whenever it does not hold
     * exactly this key, so that a key made anew is the one the gateway knows.
     */
    public static String ensure(Path keyFile, Path gatewayFile) {
        String key = readKey(keyFile);
        if (key != null && gatewayKeys(key).equals(readText(gatewayFile))) {
            return key;
        }
        return KeyFiles.underLock(keyFile.getParent(), () -> {
            String current = readKey(keyFile);
            if (current == null) {
                current = newKey();
                KeyFiles.writePrivate(keyFile, current + "\n");
            } else if (!FORMAT.matcher(current).matches()) {
                throw new IllegalStateException(keyFile + " does not hold an API key (cdk_ and 43 base64url "
                        + "characters); delete it and a new key is made");
            }
            String expected = gatewayKeys(current);
            if (!expected.equals(readText(gatewayFile))) {
                KeyFiles.writePrivate(gatewayFile, expected);
            }
            return current;
        });
    }

    static String newKey() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The gateway's file: a name, the lower-case hex SHA-256 of the key's UTF-8 bytes, and its rate limit. */
    static String gatewayKeys(String key) {
        return "{\"keys\": [{\"name\": \"" + NAME + "\", \"sha256\": \"" + sha256Hex(key) + "\", \"ratePerSecond\": "
                + RATE_PER_SECOND + ", \"burst\": " + BURST + "}]}\n";
    }

    static String sha256Hex(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readKey(Path file) {
        String text = readText(file);
        return text == null ? null : text.strip();
    }

    /** The file's text, or {@code null} when it does not exist. */
    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
