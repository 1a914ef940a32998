package cn.gov.chengdu.certificate.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * A signing key directory for every {@code @QuarkusTest} of this module, as an operator would set it up after one
 * rotation: the older key {@value #OLD_KID} is still published, the newer {@value #NEW_KID} (last by name) signs.
 */
@WithTestResource(value = TestSigningKeys.class, scope = TestResourceScope.GLOBAL)
public class TestSigningKeys implements QuarkusTestResourceLifecycleManager {

    public static final String OLD_KID = "2025-01";
    public static final String NEW_KID = "2026-01";

    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("certificate-signing-keys");
            writeNewKey(directory, OLD_KID);
            writeNewKey(directory, NEW_KID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("certificate.signing.key-dir", directory.toString());
    }

    @Override
    public void stop() {
        if (directory == null) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes an Ed25519 key and writes it as {@code <kid>.pem} (PKCS#8 PEM, as {@code openssl genpkey} does). */
    public static void writeNewKey(Path directory, String kid) {
        try {
            PrivateKey key =
                    KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(key.getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Files.writeString(directory.resolve(kid + ".pem"), pem, StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The private key stored as {@code <kid>.pem} in {@code directory}. */
    public static PrivateKey privateKey(Path directory, String kid) {
        return SigningKeyRing.load(directory, java.util.Optional.of(kid))
                .active()
                .privateKey();
    }
}
