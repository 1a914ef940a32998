package cn.gov.chengdu.certificate.request;

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

/** One step in a request's timeline: what was done, by whom in which role, when, and why. */
@Entity
@Table(name = "certificate_request_step")
public class RequestStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    public CertificateRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public RequestAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public RequestStatus toStatus;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public String role;

    /** The reason of a rejection or the message of an information request. */
    @Column(updatable = false)
    public String detail;

    @Column(updatable = false)
    public String note;

    @Column(name = "taken_at", nullable = false, updatable = false)
    public Instant takenAt;

    protected RequestStep() {}

    RequestStep(
            CertificateRequest request,
            RequestAction action,
            RequestStatus from,
            Actor actor,
            String detail,
            String note,
            Instant at) {
        this.request = request;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = request.status;
        this.actor = actor.subject();
        this.role = actor.role();
        this.detail = detail;
        this.note = note;
        this.takenAt = at;
    }
}
