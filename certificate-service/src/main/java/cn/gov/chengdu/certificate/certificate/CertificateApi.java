package cn.gov.chengdu.certificate.certificate;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gov.chengdu.certificate.community.CommunityApi.CommunityRef;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeRef;
import cn.gov.chengdu.common.web.Versioned;

/** The request and response bodies of certificates and their verification. */
public final class CertificateApi {

    private CertificateApi() {}

    /** The person a certificate is about; the ID number is masked for everyone but the owner. */
    public record SubjectView(String name, String idNumber) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RevocationView(String reason, String note, String revokedBy, OffsetDateTime revokedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CertificateView(
            String number,
            TypeRef type,
            SubjectView subject,
            CommunityRef community,
            String purpose,
            Map<String, String> fields,
            OffsetDateTime issuedAt,
            OffsetDateTime expiresAt,
            CertificateStatus status,
            RevocationView revocation,
            String verificationCode,
            String token,
            String signingKid,
            long requestId,
            long version)
            implements Versioned {}

    public record Revocation(
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = 2000) String note) {}

    /** What a verifier sends: either {@code token}, or {@code number} with {@code verificationCode}. */
    public record VerificationRequest(
            @Size(max = 32768) String token,
            @Size(max = 32) String number,
            @Size(max = 32) String verificationCode) {}

    public enum VerificationStatus {
        VALID,
        REVOKED,
        EXPIRED,
        INVALID,
        NOT_FOUND
    }

    /** What a verifier learns about a certificate: no full name, no full ID number. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VerifiedCertificate(
            String number,
            TypeRef type,
            SubjectView subject,
            CommunityRef community,
            OffsetDateTime issuedAt,
            OffsetDateTime expiresAt,
            OffsetDateTime revokedAt) {}

    /** {@code certificate} is {@code null} for {@code INVALID} and {@code NOT_FOUND}. */
    public record VerificationResult(
            VerificationStatus status, VerifiedCertificate certificate, OffsetDateTime checkedAt) {}
}
