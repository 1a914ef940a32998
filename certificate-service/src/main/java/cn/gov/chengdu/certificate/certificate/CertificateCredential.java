package cn.gov.chengdu.certificate.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.chengdu.certificate.access.PersonalData;

/**
 * The payload of a certificate's token: a W3C Verifiable Credential 2.0 ({@code vc+jwt}) with the registered JWT
 * claims beside it. The subject is named, with the ID number masked plus a salted SHA-256 digest of the full
 * number, so a bank that holds the full number can check it is this person's: see docs/requests-and-certificates.md.
 */
public final class CertificateCredential {

    public static final String CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String CREDENTIAL_TYPE = "CommunityCertificate";
    static final String CREDENTIAL_ID_PREFIX = "urn:chengdu-suite:certificate:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 16;

    private CertificateCredential() {}

    public static Map<String, Object> claims(Certificate certificate, String issuer, ZoneId zone) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("@context", List.of(CONTEXT));
        claims.put("type", List.of("VerifiableCredential", CREDENTIAL_TYPE));
        claims.put("id", CREDENTIAL_ID_PREFIX + certificate.number);
        claims.put("issuer", issuer);
        claims.put("validFrom", wire(certificate.issuedAt, zone));
        if (certificate.expiresAt != null) {
            claims.put("validUntil", wire(certificate.expiresAt, zone));
        }
        claims.put("credentialSubject", subject(certificate));
        claims.put("iss", issuer);
        claims.put("sub", CREDENTIAL_ID_PREFIX + certificate.number);
        claims.put("jti", certificate.number);
        claims.put("iat", certificate.issuedAt.getEpochSecond());
        claims.put("nbf", certificate.issuedAt.getEpochSecond());
        if (certificate.expiresAt != null) {
            claims.put("exp", certificate.expiresAt.getEpochSecond());
        }
        return claims;
    }

    private static Map<String, Object> subject(Certificate certificate) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("name", certificate.subjectName);
        subject.put("idNumberMasked", PersonalData.maskIdNumber(certificate.subjectIdNumber));
        subject.put(
                "idNumberDigest",
                Map.of(
                        "alg", "SHA-256",
                        "salt", base64Url(salt),
                        "value", base64Url(digest(salt, certificate.subjectIdNumber))));
        subject.put(
                "certificate",
                Map.of(
                        "number", certificate.number,
                        "type", Map.of("code", certificate.typeCode, "name", certificate.typeName),
                        "community", Map.of("code", certificate.communityCode, "name", certificate.communityName),
                        "purpose", certificate.purpose,
                        "fields", certificate.content.fields()));
        return subject;
    }

    /** SHA-256 over the salt's bytes followed by the ID number's UTF-8 bytes: what a bank computes to compare. */
    static byte[] digest(byte[] salt, String idNumber) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(idNumber.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static String wire(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
