package cn.gov.chengdu.certificate.certificate;

import static cn.gov.chengdu.certificate.request.RequestCalls.issuedCertificate;
import static cn.gov.chengdu.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

import cn.gov.chengdu.certificate.CertificateFixtures;
import cn.gov.chengdu.certificate.community.CommunityLevel;
import cn.gov.chengdu.certificate.signing.TestSigningKeys;
import cn.gov.chengdu.certificate.type.IssuingLevel;
import cn.gov.chengdu.testing.TestTokens;

@QuarkusTest
class CertificateVerificationTest {

    private static final String VERIFICATIONS = "/api/v1/certificate-verifications";
    private static final String ISSUER = "urn:chengdu-suite:certificate-service";
    private static final String FULL_ID = CertificateFixtures.idNumber(123);

    @Inject
    CertificateFixtures fixtures;

    @ConfigProperty(name = "certificate.signing.key-dir")
    Path keyDirectory;

    private String type;
    private String community;
    private String citizen;
    private String staff;

    @BeforeEach
    void setUp() {
        type = fixtures.retainedType(IssuingLevel.ANY, 90);
        community = fixtures.community(CommunityLevel.COMMUNITY);
        citizen = TestTokens.citizen("citizen-" + community);
        staff = TestTokens.communityStaff("staff-" + community, community);
    }

    private Map<String, Object> certificate(String number) {
        return given().auth()
                .oauth2(citizen)
                .get("/api/v1/certificates/" + number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    private static ValidatableResponse verify(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(VERIFICATIONS)
                .then();
    }

    @Test
    void aValidCertificateVerifiesByTokenAndByNumberAndCodeWithAMaskedSummary() {
        String number = issuedCertificate(citizen, type, community);
        Map<String, Object> certificate = certificate(number);
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("token", certificate.get("token")),
                Map.of("number", number, "verificationCode", certificate.get("verificationCode")))) {
            verify(body)
                    .statusCode(200)
                    .body("status", equalTo("VALID"))
                    .body("certificate.number", equalTo(number))
                    .body("certificate.type.name", equalTo("居住证明"))
                    .body("certificate.subject.name", equalTo("张*三"))
                    .body("certificate.subject.idNumber", equalTo("5101**********" + FULL_ID.substring(14)))
                    .body("certificate.community.code", equalTo(community))
                    .body("certificate.issuedAt", equalTo(certificate.get("issuedAt")))
                    .body("certificate.expiresAt", equalTo(certificate.get("expiresAt")))
                    .body("checkedAt", matchesPattern(".*\\+08:00$"));
        }
        String typed = certificate.get("verificationCode").toString().toLowerCase();
        verify(Map.of("number", number, "verificationCode", typed.substring(0, 4) + "-" + typed.substring(4)))
                .statusCode(200)
                .body("status", equalTo("VALID"));
    }

    @Test
    void aWrongCodeIsIndistinguishableFromAnUnknownNumber() {
        String number = issuedCertificate(citizen, type, community);
        String code = certificate(number).get("verificationCode").toString();
        String wrong = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
        verify(Map.of("number", number, "verificationCode", wrong))
                .statusCode(200)
                .body("status", equalTo("NOT_FOUND"))
                .body("certificate", nullValue());
        verify(Map.of("number", "CD-1999-999999", "verificationCode", code))
                .statusCode(200)
                .body("status", equalTo("NOT_FOUND"))
                .body("certificate", nullValue());
    }

    @Test
    void aTokenWithOneChangedByteIsInvalid() {
        String token = certificate(issuedCertificate(citizen, type, community))
                .get("token")
                .toString();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forgedPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replace("张小三", "李小四").getBytes(StandardCharsets.UTF_8));
        List<String> tampered = List.of(
                parts[0] + "." + forgedPayload + "." + parts[2],
                parts[0] + "." + parts[1] + "." + flipOneCharacter(parts[2]),
                parts[0] + "." + flipOneCharacter(parts[1]) + "." + parts[2],
                base64("{\"alg\":\"none\",\"typ\":\"vc+jwt\"}") + "." + parts[1] + ".",
                "not-a-token",
                TestTokens.citizen("c-1"));
        for (String token2 : tampered) {
            verify(Map.of("token", token2))
                    .statusCode(200)
                    .body("status", equalTo("INVALID"))
                    .body("certificate", nullValue());
        }
    }

    @Test
    void exactlyOneFormMustBeGiven() {
        assertProblem(verify(Map.of()), 400, "VALIDATION_FAILED");
        assertProblem(verify(Map.of("token", "a.b.c", "number", "CD-2026-000001")), 400, "VALIDATION_FAILED");
        assertProblem(verify(Map.of("number", "CD-2026-000001")), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("verificationCode"));
        assertProblem(verify(Map.of("verificationCode", "ABCD2345")), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("number"));
        assertProblem(verify(Map.of("token", "a.b.c", "extra", 1)), 400, "UNKNOWN_PROPERTY");
    }

    @Test
    void aRevokedCertificateVerifiesAsRevoked() {
        String number = issuedCertificate(citizen, type, community);
        Map<String, Object> certificate = certificate(number);
        given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "信息有误"))
                .post("/api/v1/certificates/" + number + "/revoke")
                .then()
                .statusCode(200);
        verify(Map.of("token", certificate.get("token")))
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("certificate.revokedAt", notNullValue());
        verify(Map.of("number", number, "verificationCode", certificate.get("verificationCode")))
                .statusCode(200)
                .body("status", equalTo("REVOKED"));
    }

    @Test
    void aCertificatePastItsValidityIsExpired() {
        String oneDayType = fixtures.retainedType(IssuingLevel.ANY, 1);
        String number = issuedCertificate(citizen, oneDayType, community);
        fixtures.backdateCertificate(number, 3);
        Map<String, Object> certificate = certificate(number);
        assertEquals("EXPIRED", certificate.get("status"));
        verify(Map.of("token", certificate.get("token"))).statusCode(200).body("status", equalTo("EXPIRED"));
        verify(Map.of("number", number, "verificationCode", certificate.get("verificationCode")))
                .statusCode(200)
                .body("status", equalTo("EXPIRED"));
    }

    @Test
    void theTokenIsAVerifiableCredentialThatABankVerifiesOfflineWithTheJwks() throws Exception {
        String number = issuedCertificate(citizen, type, community);
        String token = certificate(number).get("token").toString();
        String jwks = given().get("/api/v1/certificate-keys")
                .then()
                .statusCode(200)
                .body("keys.kid", containsInAnyOrder(TestSigningKeys.OLD_KID, TestSigningKeys.NEW_KID))
                .body("keys.kty", everyItem(equalTo("OKP")))
                .body("keys.crv", everyItem(equalTo("Ed25519")))
                .body("keys.alg", everyItem(equalTo("EdDSA")))
                .body("keys.use", everyItem(equalTo("sig")))
                .body("keys.x", everyItem(notNullValue()))
                .body("keys.d", everyItem(nullValue()))
                .extract()
                .asString();

        JwtClaims claims = bank(jwks).processToClaims(token);
        JsonWebSignature header = (JsonWebSignature) JsonWebSignature.fromCompactSerialization(token);
        assertEquals(TestSigningKeys.NEW_KID, header.getKeyIdHeaderValue(), "the last key by name signs");
        assertEquals("vc+jwt", header.getHeader("typ"));
        assertEquals(number, claims.getJwtId());
        assertEquals(ISSUER, claims.getIssuer());
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2"), claims.getStringListClaimValue("@context"));
        assertEquals(List.of("VerifiableCredential", "CommunityCertificate"), claims.getStringListClaimValue("type"));
        assertEquals(ISSUER, claims.getClaimValue("issuer"));
        assertEquals(claims.getIssuedAt().getValue(), claims.getNotBefore().getValue());
        assertEquals(
                90L * 24 * 3600,
                claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        assertEquals(certificate(number).get("expiresAt"), claims.getClaimValue("validUntil"));
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) claims.getClaimValue("credentialSubject");
        assertEquals("张小三", subject.get("name"));
        assertEquals("5101**********" + FULL_ID.substring(14), subject.get("idNumberMasked"));
        @SuppressWarnings("unchecked")
        Map<String, Object> digest = (Map<String, Object>) subject.get("idNumberDigest");
        byte[] salt = Base64.getUrlDecoder().decode(digest.get("salt").toString());
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(salt);
        assertArrayEquals(
                sha256.digest(FULL_ID.getBytes(StandardCharsets.UTF_8)),
                Base64.getUrlDecoder().decode(digest.get("value").toString()),
                "a bank holding the full ID number checks it against the digest");
        assertEquals(-1, claims.toJson().indexOf(FULL_ID), "the full ID number is not in the token");

        String[] parts = token.split("\\.");
        String forged = parts[0] + "."
                + base64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("张小三", "李小四"))
                + "." + parts[2];
        assertThrows(InvalidJwtException.class, () -> bank(jwks).processToClaims(forged));
    }

    @Test
    void aCertificateSignedBeforeTheLastRotationStillVerifies() throws Exception {
        String number = issuedCertificate(citizen, type, community);
        String current = certificate(number).get("token").toString();
        Map<String, Object> claims = JwtClaims.parse(
                        new String(Base64.getUrlDecoder().decode(current.split("\\.")[1]), StandardCharsets.UTF_8))
                .getClaimsMap();
        String signedWithOldKey = Jwt.claims(claims)
                .jws()
                .algorithm(SignatureAlgorithm.EDDSA)
                .keyId(TestSigningKeys.OLD_KID)
                .header("typ", "vc+jwt")
                .sign(TestSigningKeys.privateKey(keyDirectory, TestSigningKeys.OLD_KID));

        verify(Map.of("token", signedWithOldKey))
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("certificate.number", equalTo(number));
        String jwks = given().get("/api/v1/certificate-keys").then().extract().asString();
        assertEquals(number, bank(jwks).processToClaims(signedWithOldKey).getJwtId());

        String withUnknownKid = Jwt.claims(claims)
                .jws()
                .algorithm(SignatureAlgorithm.EDDSA)
                .keyId("1999-01")
                .header("typ", "vc+jwt")
                .sign(TestSigningKeys.privateKey(keyDirectory, TestSigningKeys.OLD_KID));
        verify(Map.of("token", withUnknownKid)).statusCode(200).body("status", equalTo("INVALID"));
        String withoutVcType = Jwt.claims(claims)
                .jws()
                .algorithm(SignatureAlgorithm.EDDSA)
                .keyId(TestSigningKeys.OLD_KID)
                .sign(TestSigningKeys.privateKey(keyDirectory, TestSigningKeys.OLD_KID));
        verify(Map.of("token", withoutVcType)).statusCode(200).body("status", equalTo("INVALID"));
    }

    @Test
    void theKeysArePublicAndCacheable() {
        given().get("/api/v1/certificate-keys")
                .then()
                .statusCode(200)
                .header("Cache-Control", matchesPattern(".*max-age=\\d+.*"))
                .body("keys.kid", hasItem(TestSigningKeys.NEW_KID));
    }

    /** What a bank runs: a standard JOSE library, the published JWKS, EdDSA only, the vc+jwt type. */
    private static JwtConsumer bank(String jwks) throws Exception {
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.EDDSA)
                .setExpectedType(true, "vc+jwt")
                .setExpectedIssuer(ISSUER)
                .setRequireJwtId()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .build();
    }

    private static String flipOneCharacter(String part) {
        char first = part.charAt(5);
        return part.substring(0, 5) + (first == 'A' ? 'B' : 'A') + part.substring(6);
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
