package cn.gov.chengdu.suite.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.chengdu.suite.keys.JwtKeys;

/**
 * Signs RS256 JWTs (RFC 7519) with the JDK alone ({@code SHA256withRSA}): the token command runs dozens of times in
 * a row, and a JOSE library on its classpath would cost more start-up time than the whole signature. No lambdas
 * on this path, for the same reason.
 */
public final class JwtSigner {

    public static final String ISSUER = "urn:chengdu-suite:local-issuer";
    public static final String AUDIENCE = "chengdu-suite";

    private final RSAPrivateCrtKey key;
    private final String keyId;

    public JwtSigner(RSAPrivateCrtKey key) {
        this.key = key;
        this.keyId = JwtKeys.keyId(key.getModulus(), key.getPublicExponent());
    }

    public String sign(TokenRequest request, Instant now) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("kid", keyId);
        String signingInput = base64Url(Json.object(header)) + "." + base64Url(Json.object(claims(request, now)));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature(signingInput));
    }

    private static Map<String, Object> claims(TokenRequest request, Instant now) {
        long issuedAt = now.getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", request.subject());
        claims.put("groups", List.of(request.role()));
        putIfPresent(claims, "department", request.department());
        putIfPresent(claims, "community", request.community());
        putIfPresent(claims, "reviewBody", request.reviewBody());
        claims.put("iat", issuedAt);
        claims.put("exp", issuedAt + request.ttl().toSeconds());
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    private static void putIfPresent(Map<String, Object> claims, String name, Optional<String> value) {
        if (value.isPresent()) {
            claims.put(name, value.get());
        }
    }

    private byte[] signature(String signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the token", e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
