package cn.gov.chengdu.certificate.certificate;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.gov.chengdu.certificate.access.PersonalRecord;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;

/**
 * An issued certificate: what it certifies ({@link CertificateContent}, frozen at issue), its signed token and, once
 * revoked, why. Its lifecycle: issued (VALID until it expires) → revoked, once.
 */
@Entity
@Table(name = "certificate")
public class Certificate implements PersonalRecord {

    public static final String ALREADY_REVOKED = "CERTIFICATE_ALREADY_REVOKED";

    /** {@code CD-2026-000123}. */
    @Id
    public String number;

    @Column(name = "request_id", nullable = false, updatable = false)
    public Long requestId;

    @Column(name = "type_code", nullable = false, updatable = false)
    public String typeCode;

    @Column(name = "type_name", nullable = false, updatable = false)
    public String typeName;

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
    public CertificateContent content;

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

    protected Certificate() {}

    /** A certificate issued at {@code issuedAt} (whole seconds) by {@code staff}; not signed yet, see {@link #sign}. */
    static Certificate issue(String number, Issuance issuance, String verificationCode, Actor staff, Instant issuedAt) {
        Certificate certificate = new Certificate();
        certificate.number = number;
        certificate.requestId = issuance.requestId();
        certificate.typeCode = issuance.type().code();
        certificate.typeName = issuance.type().name();
        certificate.communityCode = issuance.community().code();
        certificate.communityName = issuance.community().name();
        certificate.ownerSubject = issuance.ownerSubject();
        certificate.subjectName = issuance.subjectName();
        certificate.subjectIdNumber = issuance.subjectIdNumber();
        certificate.purpose = issuance.purpose();
        certificate.content = issuance.content();
        certificate.verificationCode = verificationCode;
        certificate.issuedBy = staff.subject();
        certificate.issuedAt = issuedAt;
        certificate.expiresAt =
                issuance.validityDays() == null ? null : issuedAt.plus(Duration.ofDays(issuance.validityDays()));
        return certificate;
    }

    void sign(String token, String kid) {
        this.token = token;
        this.signingKid = kid;
    }

    /** Revokes it, once (409 {@value #ALREADY_REVOKED} after that). */
    public void revoke(String reason, String note, Actor by, Instant at) {
        if (revokedAt != null) {
            throw ProblemException.conflict(ALREADY_REVOKED, "Certificate " + number + " was already revoked")
                    .with("revokedAt", revokedAt.toString());
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a revocation needs a reason");
        }
        if (at.isBefore(issuedAt)) {
            throw new IllegalArgumentException("a certificate cannot be revoked before it was issued");
        }
        revokedAt = at;
        revocationReason = reason.strip();
        revocationNote = note;
        revokedBy = by.subject();
    }

    public CertificateStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return CertificateStatus.EXPIRED;
        }
        return CertificateStatus.VALID;
    }

    @Override
    public String ownerSubject() {
        return ownerSubject;
    }

    @Override
    public String communityCode() {
        return communityCode;
    }
}
