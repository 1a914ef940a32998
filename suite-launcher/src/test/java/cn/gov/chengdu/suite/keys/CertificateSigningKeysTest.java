package cn.gov.chengdu.suite.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateSigningKeysTest {

    @TempDir
    Path keys;

    @Test
    void makesOneEd25519KeyNamedAfterItsDay() throws IOException, GeneralSecurityException {
        Path directory = keys.resolve("certificate-signing");

        String kid = CertificateSigningKeys.ensure(directory, LocalDate.of(2026, 11, 27));

        assertEquals("suite-2026-11-27", kid);
        Path file = directory.resolve("suite-2026-11-27.pem");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        PrivateKey key = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(Pem.decode(Pem.PRIVATE_KEY, pem)));
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update(new byte[] {1, 2, 3});
        assertEquals(64, signature.sign().length);
    }

    @Test
    void keepsTheKeyItHasOnLaterDays() throws IOException {
        Path directory = keys.resolve("certificate-signing");
        CertificateSigningKeys.ensure(directory, LocalDate.of(2026, 11, 27));
        String pem = Files.readString(directory.resolve("suite-2026-11-27.pem"));

        String kid = CertificateSigningKeys.ensure(directory, LocalDate.of(2026, 12, 1));

        assertEquals("suite-2026-11-27", kid);
        assertEquals(pem, Files.readString(directory.resolve("suite-2026-11-27.pem")));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of("suite-2026-11-27.pem"),
                    files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".pem")).toList());
        }
    }

    @Test
    void theNewestOfSeveralKeysIsCurrent() {
        Path directory = keys.resolve("certificate-signing");
        CertificateSigningKeys.ensure(directory, LocalDate.of(2026, 1, 5));
        KeyFiles.writePrivate(directory.resolve("suite-2027-01-05.pem"), "rotated by an operator");
        assertTrue(Files.exists(directory.resolve("suite-2026-01-05.pem")));
        assertEquals("suite-2027-01-05", CertificateSigningKeys.ensure(directory, LocalDate.of(2027, 2, 1)));
    }
}
