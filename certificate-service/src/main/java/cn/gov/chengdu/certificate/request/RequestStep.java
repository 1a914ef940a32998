package cn.gov.chengdu.certificate.request;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a request's timeline: what was done, by whom in which role, when, and why. */
@Entity
@Table(name = "certificate_request_step")
public class RequestStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    public Long requestId;

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
}
