package cn.gov.chengdu.certificate.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyRingTest {

    @TempDir
    Path directory;

    @Test
    void theLastKeyByNameSignsAndEveryKeyVerifies() throws Exception {
        TestSigningKeys.writeNewKey(directory, "2026-01");
        TestSigningKeys.writeNewKey(directory, "2025-07");
        Files.writeString(directory.resolve("README.txt"), "not a key");
        SigningKeyRing ring = SigningKeyRing.load(directory, Optional.empty());
        assertEquals("2026-01", ring.active().kid());
        assertEquals(
                List.of("2025-07", "2026-01"),
                ring.all().stream().map(SigningKey::kid).toList());
        for (SigningKey key : ring.all()) {
            assertTrue(derivedPublicKeyVerifies(key), key.kid());
        }
    }

    @Test
    void configuredActiveKeyWins() {
        TestSigningKeys.writeNewKey(directory, "a");
        TestSigningKeys.writeNewKey(directory, "b");
        assertEquals(
                "a", SigningKeyRing.load(directory, Optional.of("a")).active().kid());
        var missing = assertThrows(IllegalStateException.class, () -> SigningKeyRing.load(directory, Optional.of("c")));
        assertTrue(missing.getMessage().contains("c is not in"));
    }

    @Test
    void aDirectoryWithoutKeysOrWithABrokenKeyStopsStartup() throws IOException {
        assertThrows(IllegalStateException.class, () -> SigningKeyRing.load(directory, Optional.empty()));
        Files.writeString(
                directory.resolve("broken.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        var broken = assertThrows(IllegalStateException.class, () -> SigningKeyRing.load(directory, Optional.empty()));
        assertTrue(broken.getMessage().contains("broken.pem"));
    }

    @Test
    void anEphemeralRingHasOneKeyThatSigns() throws Exception {
        SigningKeyRing ring = SigningKeyRing.ephemeral();
        assertEquals(1, ring.all().size());
        assertTrue(ring.active().kid().startsWith("ephemeral-"));
        assertTrue(derivedPublicKeyVerifies(ring.active()));
    }

    private static boolean derivedPublicKeyVerifies(SigningKey key) throws Exception {
        byte[] message = "兹证明".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key.privateKey());
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key.publicKey());
        verifier.update(message);
        return verifier.verify(signature);
    }
}
