package cn.gov.chengdu.certificate.type;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;

/** One step of a certificate type's status history: who moved it, in which role, when and why. */
@Entity
@Table(name = "certificate_type_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "type_id", nullable = false)
    public Long typeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CertificateTypeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CertificateTypeStatus toStatus;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String role;

    public String note;

    @CreationTimestamp
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
