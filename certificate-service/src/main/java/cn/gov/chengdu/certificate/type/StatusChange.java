package cn.gov.chengdu.certificate.type;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.gov.chengdu.common.security.Actor;

/** One step of a certificate type's status history: who moved it, in which role, when and why. */
@Entity
@Table(name = "certificate_type_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id", nullable = false, updatable = false)
    public CertificateType certificateType;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public CertificateTypeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public CertificateTypeStatus toStatus;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public String role;

    @Column(updatable = false)
    public String note;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    protected StatusChange() {}

    StatusChange(
            CertificateType type,
            CertificateTypeStatus from,
            CertificateTypeStatus to,
            Actor actor,
            String note,
            Instant at) {
        this.certificateType = type;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor.subject();
        this.role = actor.role();
        this.note = note;
        this.changedAt = at;
    }
}
