package cn.gov.chengdu.suite.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.chengdu.suite.keys.JwtKeys;
import cn.gov.chengdu.suite.keys.PublicKeyFiles;

class JwtSignerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    @TempDir
    static Path keys;
    private static JwtSigner signer;
    private static RSAPublicKey publicKey;

    /** RSA key generation takes a while; one pair serves every test. */
    @BeforeAll
    static void makeKeys() {
        signer = new JwtSigner(JwtKeys.loadOrCreate(keys.resolve("jwt-private.pem"), keys.resolve("jwt-public.pem")));
        publicKey = PublicKeyFiles.read(keys.resolve("jwt-public.pem"));
    }

    @Test
    void headerNamesTheAlgorithmAndTheKey() throws Exception {
        JsonNode header = part(signer.sign(request("citizen", Optional.empty()), NOW), 0);
        assertEquals("RS256", header.get("alg").asText());
        assertEquals("JWT", header.get("typ").asText());
        assertEquals(JwtKeys.keyId(publicKey.getModulus(), publicKey.getPublicExponent()), header.get("kid").asText());
        assertEquals(43, header.get("kid").asText().length(), "a SHA-256 JWK thumbprint");
    }

    @Test
    void claimsCarryIssuerAudienceSubjectGroupsAndLifetime() throws Exception {
        JsonNode claims = part(signer.sign(request("citizen", Optional.empty()), NOW), 1);
        assertEquals("urn:chengdu-suite:local-issuer", claims.get("iss").asText());
        assertEquals("chengdu-suite", claims.get("aud").asText());
        assertEquals("demo-citizen", claims.get("sub").asText());
        assertEquals(List.of("citizen"), JSON.convertValue(claims.get("groups"), List.class));
        assertEquals(NOW.getEpochSecond(), claims.get("iat").asLong());
        assertEquals(NOW.getEpochSecond() + 600, claims.get("exp").asLong());
        assertFalse(claims.get("jti").asText().isBlank());
        assertFalse(claims.has("department"));
        assertFalse(claims.has("community"));
        assertFalse(claims.has("reviewBody"));
    }

    @Test
    void scopeClaimsAreAddedWhenGiven() throws Exception {
        TokenRequest request = new TokenRequest("reviewer", "张三", Optional.of("CD-MZJ"), Optional.of("510104-001"),
                Optional.of("CIVIL_AFFAIRS"), Duration.ofSeconds(60));
        JsonNode claims = part(signer.sign(request, NOW), 1);
        assertEquals("张三", claims.get("sub").asText());
        assertEquals("CD-MZJ", claims.get("department").asText());
        assertEquals("510104-001", claims.get("community").asText());
        assertEquals("CIVIL_AFFAIRS", claims.get("reviewBody").asText());
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        TokenRequest request = request("admin", Optional.empty());
        assertNotEquals(part(signer.sign(request, NOW), 1).get("jti"), part(signer.sign(request, NOW), 1).get("jti"));
    }

    @Test
    void signatureVerifiesWithThePublicKeyFile() throws GeneralSecurityException {
        assertTrue(verifies(signer.sign(request("integrator", Optional.empty()), NOW)));
    }

    @Test
    void tamperingBreaksTheSignature() throws GeneralSecurityException {
        String[] token = signer.sign(request("citizen", Optional.empty()), NOW).split("\\.");
        String forgedClaims = base64Url(new String(Base64.getUrlDecoder().decode(token[1]), StandardCharsets.UTF_8)
                .replace("\"groups\":[\"citizen\"]", "\"groups\":[\"admin\"]"));
        assertNotEquals(token[1], forgedClaims);
        assertFalse(verifies(token[0] + "." + forgedClaims + "." + token[2]));
        char last = token[2].charAt(10);
        String forgedSignature = token[2].substring(0, 10) + (last == 'A' ? 'B' : 'A') + token[2].substring(11);
        assertFalse(verifies(token[0] + "." + token[1] + "." + forgedSignature));
    }

    private static boolean verifies(String token) throws GeneralSecurityException {
        int lastDot = token.lastIndexOf('.');
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(publicKey);
        signature.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    }

    private static TokenRequest request(String role, Optional<String> department) {
        return new TokenRequest(role, "demo-" + role, department, Optional.empty(), Optional.empty(), Duration.ofMinutes(10));
    }

    private static JsonNode part(String token, int index) throws Exception {
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[index]));
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
