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

import cn.gov.chengdu.certificate.access.PersonalRecord;
import cn.gov.chengdu.certificate.type.StoredTemplate;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;

/**
 * A citizen's request to a village or community for a certificate, and its workflow: {@code SUBMITTED ⇄
 * INFO_REQUESTED}, {@code SUBMITTED → ISSUED}, {@code SUBMITTED | INFO_REQUESTED → REJECTED | WITHDRAWN}
 * ({@link RequestAction}). Every step goes through {@link #apply}, which checks it, applies it at the instant it is
 * given and answers the {@link RequestStep} for the caller to record in the timeline.
 */
@Entity
@Table(name = "certificate_request")
public class CertificateRequest implements PersonalRecord {

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

    protected CertificateRequest() {}

    /** A request not submitted yet: {@link #submit} makes it one. */
    public CertificateRequest(
            String typeCode,
            String communityCode,
            String ownerSubject,
            String applicantName,
            String applicantIdNumber,
            String purpose,
            Map<String, String> fields) {
        this.typeCode = typeCode;
        this.communityCode = communityCode;
        this.ownerSubject = ownerSubject;
        this.applicantName = applicantName;
        this.applicantIdNumber = applicantIdNumber;
        this.purpose = purpose;
        this.fields = new LinkedHashMap<>(fields);
    }

    /** The owner submits it: → SUBMITTED. */
    public RequestStep submit(Actor owner, Instant at, String note) {
        checkAllows(RequestAction.SUBMIT);
        submittedAt = at;
        return apply(RequestAction.SUBMIT, owner, at, null, note);
    }

    /** Staff issue it, as certificate {@code number}: SUBMITTED → ISSUED. */
    public RequestStep issue(String number, Actor staff, Instant at, String note) {
        checkAllows(RequestAction.ISSUE);
        certificateNumber = number;
        return apply(RequestAction.ISSUE, staff, at, null, note);
    }

    /**
     * The owner answers an information request: {@code given} replaces or adds to the fields, which must still fit
     * the type's {@code template} (400 otherwise); INFO_REQUESTED → SUBMITTED.
     */
    public RequestStep supplement(
            Map<String, String> given, StoredTemplate template, Actor owner, Instant at, String note) {
        checkAllows(RequestAction.SUPPLEMENT);
        Map<String, String> merged = new LinkedHashMap<>(fields);
        merged.putAll(given);
        fields = RequestFields.validated(template, merged);
        return apply(RequestAction.SUPPLEMENT, owner, at, null, note);
    }

    /**
     * Takes a step: 409 {@code ILLEGAL_TRANSITION} (with the allowed ones) when the status does not allow it. The
     * status moves, a deciding step sets {@code decidedAt}. {@code detail}: the reason of a rejection, the
     * information asked for; the other steps take none. Submitting, issuing and supplementing have their own methods
     * (they change more than the status).
     */
    public RequestStep apply(RequestAction action, Actor actor, Instant at, String detail, String note) {
        checkAllows(action);
        if (action.needsDetail() == (detail == null || detail.isBlank())) {
            throw new IllegalArgumentException(action + (action.needsDetail() ? " needs" : " takes no") + " detail");
        }
        if ((action == RequestAction.SUBMIT && submittedAt == null)
                || (action == RequestAction.ISSUE && certificateNumber == null)) {
            throw new IllegalArgumentException(action + " goes through its own method");
        }
        RequestStatus from = status;
        status = action.to();
        if (action.decides()) {
            decidedAt = at;
        }
        return new RequestStep(this, action, from, actor, detail == null ? null : detail.strip(), note, at);
    }

    /** 409 {@code ILLEGAL_TRANSITION} unless the request's status allows {@code action}. */
    public void checkAllows(RequestAction action) {
        if (!action.allowedFrom(status)) {
            throw ProblemException.illegalTransition(
                    "Certificate request " + id + " is " + status + "; '" + action.path() + "' is not possible now",
                    String.valueOf(status),
                    RequestAction.allowedPaths(status));
        }
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
