package cn.gov.chengdu.certificate.signing;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.JoseException;

/**
 * Checks a credential this service signed: compact JWS, {@code alg} EdDSA and nothing else, {@code typ}
 * {@code vc+jwt}, a {@code kid} among the published keys, a valid signature. Anything else is not ours.
 */
@ApplicationScoped
public class CredentialVerifier {

    private static final AlgorithmConstraints EDDSA_ONLY =
            new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.EDDSA);

    private final SigningKeyRing keys;

    public CredentialVerifier(SigningKeyRing keys) {
        this.keys = keys;
    }

    /** The claims of a credential whose signature checks out, or empty. */
    public Optional<Map<String, Object>> verifiedClaims(String token) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(EDDSA_ONLY);
            jws.setCompactSerialization(token);
            if (!CredentialSigner.TOKEN_TYPE.equals(jws.getHeader("typ"))) {
                return Optional.empty();
            }
            Optional<SigningKey> key = keys.find(jws.getKeyIdHeaderValue());
            if (key.isEmpty()) {
                return Optional.empty();
            }
            jws.setKey(key.get().publicKey());
            if (!jws.verifySignature()) {
                return Optional.empty();
            }
            return Optional.of(JwtClaims.parse(jws.getPayload()).getClaimsMap());
        } catch (JoseException | InvalidJwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
