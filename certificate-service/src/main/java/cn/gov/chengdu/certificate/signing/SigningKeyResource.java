package cn.gov.chengdu.certificate.signing;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

/** The public keys that verify certificates, as a standard JWKS (RFC 7517): not an {@code {items}} list. */
@Path("/api/v1/certificate-keys")
@Tag(name = "Certificates", description = "Issued certificates, their verification and signing keys")
public class SigningKeyResource {

    private static final int CACHE_SECONDS = 300;

    private final SigningKeyRing keys;

    public SigningKeyResource(SigningKeyRing keys) {
        this.keys = keys;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The JWKS of every key that verifies certificate tokens (Ed25519, by kid)")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(CACHE_SECONDS);
        List<Map<String, Object>> published =
                keys.all().stream().map(SigningKeyResource::jwk).toList();
        return Response.ok(Map.of("keys", published)).cacheControl(cache).build();
    }

    private static Map<String, Object> jwk(SigningKey key) {
        try {
            PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(key.publicKey());
            jwk.setKeyId(key.kid());
            jwk.setUse("sig");
            jwk.setAlgorithm(AlgorithmIdentifiers.EDDSA);
            return jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        } catch (JoseException e) {
            throw new IllegalStateException("Signing key " + key.kid() + " cannot be published as a JWK", e);
        }
    }
}
