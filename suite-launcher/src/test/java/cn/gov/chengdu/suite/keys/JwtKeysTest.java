package cn.gov.chengdu.suite.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeysTest {

    @TempDir
    Path directory;

    @Test
    void makesAnRsa2048PairOnceAndKeepsIt() throws IOException {
        Path privateFile = directory.resolve("keys/jwt-private.pem");
        Path publicFile = directory.resolve("keys/jwt-public.pem");
        RSAPrivateCrtKey first = JwtKeys.loadOrCreate(privateFile, publicFile);
        String privatePem = Files.readString(privateFile);
        String publicPem = Files.readString(publicFile);

        RSAPrivateCrtKey second = JwtKeys.loadOrCreate(privateFile, publicFile);

        assertEquals(first, second);
        assertEquals(privatePem, Files.readString(privateFile));
        assertEquals(publicPem, Files.readString(publicFile));
        assertEquals(2048, first.getModulus().bitLength());
        assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"), "PKCS#8 PEM");
        assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"), "X.509 SubjectPublicKeyInfo PEM");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile.getParent())));
    }

    @Test
    void publicKeyMatchesThePrivateOne() {
        Path publicFile = directory.resolve("jwt-public.pem");
        RSAPrivateCrtKey privateKey = JwtKeys.loadOrCreate(directory.resolve("jwt-private.pem"), publicFile);
        RSAPublicKey publicKey = PublicKeyFiles.read(publicFile);
        assertEquals(privateKey.getModulus(), publicKey.getModulus());
        assertEquals(privateKey.getPublicExponent(), publicKey.getPublicExponent());
    }

    @Test
    void aLostPublicKeyIsRemadeFromThePrivateOne() throws IOException {
        Path privateFile = directory.resolve("jwt-private.pem");
        Path publicFile = directory.resolve("jwt-public.pem");
        JwtKeys.loadOrCreate(privateFile, publicFile);
        String publicPem = Files.readString(publicFile);
        Files.delete(publicFile);

        JwtKeys.loadOrCreate(privateFile, publicFile);

        assertEquals(publicPem, Files.readString(publicFile));
    }

    @Test
    void keyIdIsTheRfc7638Thumbprint() {
        // RFC 7638 §3.1: the example key's thumbprint
        BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(
                "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMs"
                        + "tn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5"
                        + "hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKg"
                        + "w"));
        assertEquals("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs",
                JwtKeys.keyId(modulus, BigInteger.valueOf(65537)));
    }
}
