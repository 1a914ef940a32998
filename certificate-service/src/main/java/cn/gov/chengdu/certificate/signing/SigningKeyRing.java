package cn.gov.chengdu.certificate.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The service's signing keys: every key can verify, one (the active key) signs. Loaded from a directory of
 * PKCS#8 PEM Ed25519 private keys named {@code <kid>.pem}; the active key is the one named by config, else the
 * last by file name. Rotation: add a new key file, make it active, keep the old one until the certificates it
 * signed have expired.
 */
public final class SigningKeyRing {

    private static final Pattern KID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String PEM_SUFFIX = ".pem";

    private final List<SigningKey> keys;
    private final SigningKey active;

    private SigningKeyRing(List<SigningKey> keys, SigningKey active) {
        this.keys = List.copyOf(keys);
        this.active = active;
    }

    /** The keys of {@code directory}; fails when it holds none or {@code activeKid} is not among them. */
    public static SigningKeyRing load(Path directory, Optional<String> activeKid) {
        List<SigningKey> keys;
        try (Stream<Path> files = Files.list(directory)) {
            keys = files.filter(file -> file.getFileName().toString().endsWith(PEM_SUFFIX))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .map(SigningKeyRing::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key directory " + directory, e);
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("The signing key directory " + directory + " holds no <kid>.pem key");
        }
        SigningKey active = activeKid
                .map(kid -> keys.stream()
                        .filter(key -> key.kid().equals(kid))
                        .findFirst()
                        .orElseThrow(() ->
                                new IllegalStateException("The active signing key " + kid + " is not in " + directory)))
                .orElse(keys.get(keys.size() - 1));
        return new SigningKeyRing(keys, active);
    }

    /** One key made now and lost at shutdown: certificates it signed stop verifying after a restart. */
    public static SigningKeyRing ephemeral() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            SigningKey key = new SigningKey(
                    "ephemeral-" + UUID.randomUUID().toString().substring(0, 8), pair.getPrivate(), pair.getPublic());
            return new SigningKeyRing(List.of(key), key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make Ed25519 keys", e);
        }
    }

    public SigningKey active() {
        return active;
    }

    /** Every key that verifies, in file-name order. */
    public List<SigningKey> all() {
        return keys;
    }

    public Optional<SigningKey> find(String kid) {
        return keys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    private static SigningKey read(Path file) {
        String name = file.getFileName().toString();
        String kid = name.substring(0, name.length() - PEM_SUFFIX.length());
        if (!KID.matcher(kid).matches()) {
            throw new IllegalStateException(
                    "Signing key file " + name + ": the key id must be 1-64 letters, digits, '.', '_' or '-'");
        }
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder()
                    .decode(pem.replace("-----BEGIN PRIVATE KEY-----", "")
                            .replace("-----END PRIVATE KEY-----", "")
                            .strip());
            PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new SigningKey(kid, privateKey, matchingPair(privateKey).getPublic());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read signing key file " + name, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Signing key file " + name + " is not a PKCS#8 PEM Ed25519 private key", e);
        }
    }

    /**
     * The key pair of an Ed25519 private key. The JDK has no API that derives the public key, but its generator
     * derives the pair from 32 random bytes: given the private key's own bytes as the "random" ones, it makes the
     * pair of this key. Checked by signing and verifying a probe.
     */
    private static KeyPair matchingPair(PrivateKey privateKey) throws GeneralSecurityException {
        byte[] seed = ((EdECPrivateKey) privateKey)
                .getBytes()
                .orElseThrow(() -> new GeneralSecurityException("the private key's bytes are not available"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, bytes.length);
            }
        });
        KeyPair pair = generator.generateKeyPair();
        byte[] probe = "chengdu-certificate-signing-probe".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(probe);
        if (!verifier.verify(signature)) {
            throw new GeneralSecurityException("the derived public key does not match the private key");
        }
        return pair;
    }
}
