package cn.gov.chengdu.gateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The API keys the tests use, written to a keys file in the format the suite writes. */
public final class TestApiKeys {

    /** A key with a high limit, like the suite's demo integrator key. */
    public static final String INTEGRATOR = "cdk_" + "bank0of0chengdu0integrator0key0for0tests000";
    /** A key allowed 2 requests per second with a burst of 3. */
    public static final String SMALL_QUOTA = "cdk_" + "small0quota0civic0app0key0for0the0tests0000";
    /** Well-formed, but in no keys file. */
    public static final String UNKNOWN = "cdk_" + "nobody0issued0this0key0it0is0not0in0a0file0";

    private TestApiKeys() {
    }

    public static Path writeKeysFile() {
        try {
            Path file = Files.createTempFile("gateway-api-keys", ".json");
            file.toFile().deleteOnExit();
            Files.writeString(file, """
                    {"keys": [
                      {"name": "bank-of-chengdu", "sha256": "%s", "ratePerSecond": 10000, "burst": 20000},
                      {"name": "small-civic-app", "sha256": "%s", "ratePerSecond": 2, "burst": 3}
                    ]}
                    """.formatted(sha256(INTEGRATOR), sha256(SMALL_QUOTA)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
