package cn.gov.chengdu.certificate.request;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A citizen's request to a village or community for a certificate; its steps are {@link RequestStep}s. */
@Entity
@Table(name = "certificate_request")
public class CertificateRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "type_code", nullable = false, updatable = false)
    public String typeCode;

    @Column(name = "community_code", nullable = false, updatable = false)
    public String communityCode;

    /** The token subject of the citizen who asked. */
    @Column(name = "owner_subject", nullable = false, updatable = false)
    public String ownerSubject;

    @Column(name = "applicant_name", nullable = false, updatable = false)
    public String applicantName;

    @Column(name = "applicant_id_number", nullable = false, updatable = false)
    public String applicantIdNumber;

    @Column(nullable = false, updatable = false)
    public String purpose;

    /** Values of the type's template fields, by field name. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> fields = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    @Column(name = "certificate_number")
    public String certificateNumber;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    /** When it was issued, rejected or withdrawn. */
    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;
}
