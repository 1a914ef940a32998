package cn.gov.chengdu.certificate.signing;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/**
 * Signs verifiable credentials as compact JWS ({@code vc+jwt}, EdDSA, the active key's {@code kid} in the
 * header). The payload is exactly the claims given: {@code smallrye.jwt.new-token.add-default-claims=false}.
 */
@ApplicationScoped
public class CredentialSigner {

    public static final String TOKEN_TYPE = "vc+jwt";

    /** A signed credential and the key that signed it. */
    public record SignedCredential(String token, String kid) {}

    private final SigningKeyRing keys;

    public CredentialSigner(SigningKeyRing keys) {
        this.keys = keys;
    }

    public SignedCredential sign(Map<String, Object> claims) {
        SigningKey key = keys.active();
        String token = Jwt.claims(claims)
                .jws()
                .algorithm(SignatureAlgorithm.EDDSA)
                .keyId(key.kid())
                .header("typ", TOKEN_TYPE)
                .sign(key.privateKey());
        return new SignedCredential(token, key.kid());
    }
}
