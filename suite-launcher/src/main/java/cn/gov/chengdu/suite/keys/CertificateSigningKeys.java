package cn.gov.chengdu.suite.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * certificate-service's signing keys: {@code <kid>.pem} files (Ed25519, PKCS#8 PEM, mode 600) in one directory,
 * the kid naming the day it was made ({@code suite-2026-11-27}). The suite makes one if the directory has none;
 * rotating is adding a newer file.
 */
public final class CertificateSigningKeys {

    private static final String SUFFIX = ".pem";

    private CertificateSigningKeys() {
    }

    /** The kid of the newest key, after making one on first use. */
    public static String ensure(Path directory, LocalDate today) {
        return newestKeyId(directory).orElseGet(() -> KeyFiles.underLock(directory,
                () -> newestKeyId(directory).orElseGet(() -> create(directory, today))));
    }

    private static Optional<String> newestKeyId(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .max(String::compareTo);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + directory, e);
        }
    }

    private static String create(Path directory, LocalDate today) {
        String kid = "suite-" + today;
        try {
            byte[] pkcs8 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded();
            KeyFiles.writePrivate(directory.resolve(kid + SUFFIX), Pem.encode(Pem.PRIVATE_KEY, pkcs8));
            return kid;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot make Ed25519 keys", e);
        }
    }
}
