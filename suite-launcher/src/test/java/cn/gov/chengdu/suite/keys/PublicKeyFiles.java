package cn.gov.chengdu.suite.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;

/** Reads {@code jwt-public.pem} as the services do: an X.509 SubjectPublicKeyInfo PEM. */
public final class PublicKeyFiles {

    private PublicKeyFiles() {
    }

    public static RSAPublicKey read(Path file) {
        try {
            byte[] der = Pem.decode(Pem.PUBLIC_KEY, Files.readString(file, StandardCharsets.US_ASCII));
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
    }
}
