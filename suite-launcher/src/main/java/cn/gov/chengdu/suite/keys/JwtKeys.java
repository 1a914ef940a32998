package cn.gov.chengdu.suite.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * The suite's token-signing key pair: {@code jwt-private.pem} (RSA 2048, PKCS#8, mode 600) and
 * {@code jwt-public.pem} (X.509 SubjectPublicKeyInfo), which the services verify tokens with.
 */
public final class JwtKeys {

    private static final int KEY_SIZE = 2048;

    private JwtKeys() {
    }

    /** The private key, after making the pair on first use. */
    public static RSAPrivateCrtKey loadOrCreate(Path privateFile, Path publicFile) {
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            return readPrivate(privateFile);
        }
        return KeyFiles.underLock(privateFile.getParent(), () -> {
            if (!Files.exists(privateFile)) {
                KeyPair pair = generate();
                // public first: whoever sees the private file may rely on the public one
                writePublic(publicFile, (RSAPublicKey) pair.getPublic());
                KeyFiles.writePrivate(privateFile, Pem.encode(Pem.PRIVATE_KEY, pair.getPrivate().getEncoded()));
            } else if (!Files.exists(publicFile)) {
                writePublic(publicFile, publicKey(readPrivate(privateFile)));
            }
            return readPrivate(privateFile);
        });
    }

    public static RSAPrivateCrtKey readPrivate(Path file) {
        try {
            byte[] der = Pem.decode(Pem.PRIVATE_KEY, Files.readString(file, StandardCharsets.US_ASCII));
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(file + " is not an RSA private key in PKCS#8 PEM", e);
        }
    }

    public static RSAPublicKey publicKey(RSAPrivateCrtKey key) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWK thumbprint (RFC 7638, SHA-256) of the public key: a stable {@code kid}. */
    public static String keyId(BigInteger modulus, BigInteger publicExponent) {
        String jwk = "{\"e\":\"" + base64Url(publicExponent) + "\",\"kty\":\"RSA\",\"n\":\"" + base64Url(modulus) + "\"}";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(jwk.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writePublic(Path file, RSAPublicKey key) {
        try {
            Files.writeString(file, Pem.encode(Pem.PUBLIC_KEY, key.getEncoded()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** Unsigned big-endian bytes, base64url without padding (RFC 7518 §6.3.1). */
    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
