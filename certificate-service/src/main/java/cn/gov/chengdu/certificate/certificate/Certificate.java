package cn.gov.chengdu.certificate.certificate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.gov.chengdu.certificate.type.Template;

/**
 * An issued certificate: what it certifies (a snapshot of the type's template and the request's values, so it
 * reads the same forever), its signed token and, once revoked, why.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    /** {@code CD-2026-000123}. */
    @Id
    public String number;

    @Column(name = "request_id", nullable = false, updatable = false)
    public Long requestId;

    @Column(name = "type_code", nullable = false, updatable = false)
    public String typeCode;

    @Column(name = "type_name", nullable = false, updatable = false)
    public String typeName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public Template template;

    @Column(name = "community_code", nullable = false, updatable = false)
    public String communityCode;

    @Column(name = "community_name", nullable = false, updatable = false)
    public String communityName;

    /** The token subject of the citizen who asked for it. */
    @Column(name = "owner_subject", nullable = false, updatable = false)
    public String ownerSubject;

    @Column(name = "subject_name", nullable = false, updatable = false)
    public String subjectName;

    @Column(name = "subject_id_number", nullable = false, updatable = false)
    public String subjectIdNumber;

    @Column(nullable = false, updatable = false)
    public String purpose;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Map<String, String> fields = new LinkedHashMap<>();

    @Column(name = "verification_code", nullable = false, updatable = false)
    public String verificationCode;

    @Column(name = "issued_by", nullable = false, updatable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    public Instant issuedAt;

    @Column(name = "expires_at", updatable = false)
    public Instant expiresAt;

    @Column(name = "signing_kid", nullable = false, updatable = false)
    public String signingKid;

    /** The compact JWS ({@code vc+jwt}) handed to the citizen. */
    @Column(nullable = false, updatable = false)
    public String token;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_note")
    public String revocationNote;

    @Version
    public long version;

    public CertificateStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return CertificateStatus.EXPIRED;
        }
        return CertificateStatus.VALID;
    }
}
