package cn.gov.chengdu.certificate.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;

import cn.gov.chengdu.certificate.certificate.Certificate;
import cn.gov.chengdu.certificate.certificate.CertificateRepository;
import cn.gov.chengdu.certificate.certificate.CertificateService;
import cn.gov.chengdu.certificate.community.Community;
import cn.gov.chengdu.certificate.community.CommunityRepository;
import cn.gov.chengdu.certificate.request.CertificateRequest;
import cn.gov.chengdu.certificate.request.CertificateRequestRepository;
import cn.gov.chengdu.certificate.request.RequestAction;
import cn.gov.chengdu.certificate.request.RequestEligibility;
import cn.gov.chengdu.certificate.request.RequestFields;
import cn.gov.chengdu.certificate.request.RequestStatus;
import cn.gov.chengdu.certificate.request.RequestStep;
import cn.gov.chengdu.certificate.request.RequestStepRepository;
import cn.gov.chengdu.certificate.request.ResidentIdNumber;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeRepository;
import cn.gov.chengdu.common.security.Actor;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.time.BusinessClock;

/**
 * Certificate requests in every state, with their timelines, and the certificates issued on them
 * ({@code demo/requests.json}): valid ones, one revoked, and ones issued in 2017/2018 that have expired.
 * <p>
 * The requests follow the rules of the real flow: the applicant's ID number is checked (GB 11643), the type must be
 * retained and of the community's level, the fields must fit the template, and each step must be one
 * {@link RequestAction} allows from the status reached. Certificates are made by
 * {@link CertificateService#issue(CertificateRequest, CertificateType, Community, Actor, Instant)}: numbered from the
 * real sequence and signed with the service's active signing key, so they verify like any other. Times are either
 * absolute ({@code 2017-09-08 15:30}) or days before the load ({@code -11d 15:05}), both in the business zone, so
 * the current certificates are valid at the first start.
 * <p>
 * The writes go through Hibernate in the step's transaction, on the same connection the loader holds (checked).
 */
@ApplicationScoped
public class RequestsStep implements DemoDataStep {

    /** One request of the file: who asked whom for what, and what happened to it, in order. */
    public record DemoRequest(String ref, String owner, Applicant applicant, String typeCode, String communityCode,
            String purpose, Map<String, String> fields, List<DemoAction> steps, DemoRevocation revocation) {
    }

    /** Illustrative name and ID number (valid check character, not a real person). */
    public record Applicant(String name, String idNumber) {
    }

    /**
     * A step of the timeline. {@code by}: the staff member for staff steps (default
     * {@code demo-staff-<community code in lower case>}); citizen steps are the owner's. {@code detail}: the
     * rejection reason or the information asked for. {@code fields}: what a supplement gives.
     */
    public record DemoAction(RequestAction action, String at, String by, String detail, String note,
            Map<String, String> fields) {
    }

    /** The revocation of the request's certificate; {@code by} defaults as for staff steps. */
    public record DemoRevocation(String at, String by, String reason, String note) {
    }

    static final String FILE = "requests.json";
    static final String STAFF_PREFIX = "demo-staff-";
    private static final Pattern DAYS_AGO = Pattern.compile("-(\\d{1,4})d (\\d{2}:\\d{2})");
    private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DemoFiles files;
    private final CertificateRequestRepository requests;
    private final RequestStepRepository timeline;
    private final CertificateTypeRepository types;
    private final CommunityRepository communities;
    private final RequestEligibility eligibility;
    private final CertificateService certificateService;
    private final CertificateRepository certificates;
    private final BusinessClock clock;

    public RequestsStep(DemoFiles files, CertificateRequestRepository requests, RequestStepRepository timeline,
            CertificateTypeRepository types, CommunityRepository communities,
            RequestEligibility eligibility, CertificateService certificateService, CertificateRepository certificates,
            BusinessClock clock) {
        this.files = files;
        this.requests = requests;
        this.timeline = timeline;
        this.types = types;
        this.communities = communities;
        this.eligibility = eligibility;
        this.certificateService = certificateService;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "requests";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public int load(Connection connection, DemoDataProgress progress) throws SQLException {
        checkSharedConnection(connection);
        Instant now = clock.now();
        List<DemoRequest> demo = files.read(FILE, new TypeReference<List<DemoRequest>>() {
        });
        // oldest first: ids and certificate numbers then follow the dates, as they would have
        List<DemoRequest> bySubmission = demo.stream()
                .sorted(Comparator.comparing((DemoRequest r) -> submittedAt(r, now))).toList();
        Map<String, Long> typeIds = typeIds(connection, demo);
        int issued = 0;
        for (DemoRequest request : bySubmission) {
            try {
                issued += write(request, typeIds, now);
            } catch (RuntimeException e) {
                throw new IllegalStateException("demo request " + request.ref() + ": " + e.getMessage(), e);
            }
        }
        requests.flush();
        progress.count("certificate requests", bySubmission.size(), demo.size());
        progress.count("certificates", issued, issued);
        return demo.size();
    }

    /** Writes one request with its timeline and certificate; answers 1 when it issued one. */
    private int write(DemoRequest demo, Map<String, Long> typeIds, Instant now) {
        Long typeId = typeIds.get(demo.typeCode());
        if (typeId == null) {
            throw new IllegalArgumentException("unknown type " + demo.typeCode());
        }
        CertificateType type = types.findById(typeId);
        eligibility.checkRequestable(type);
        Community community = communities.findByIdOptional(demo.communityCode())
                .orElseThrow(() -> new IllegalArgumentException("unknown community " + demo.communityCode()));
        eligibility.checkIssuingLevel(type, community);
        String idNumber = ResidentIdNumber.parse(demo.applicant().idNumber())
                .orElseThrow(() -> new IllegalArgumentException("the applicant's ID number is not valid (GB 11643)"));
        List<DemoAction> actions = demo.steps();
        if (actions == null || actions.isEmpty() || actions.get(0).action() != RequestAction.SUBMIT) {
            throw new IllegalArgumentException("the first step must be SUBMIT");
        }
        Actor owner = new Actor(demo.owner(), Roles.CITIZEN);
        DemoAction submit = actions.get(0);
        Instant previous = at(submit.at(), now);

        CertificateRequest request = new CertificateRequest();
        request.typeCode = type.code;
        request.communityCode = community.code;
        request.ownerSubject = demo.owner();
        request.applicantName = demo.applicant().name().strip();
        request.applicantIdNumber = idNumber;
        request.purpose = demo.purpose().strip();
        request.fields = RequestFields.validated(type.template, demo.fields() == null ? Map.of() : demo.fields());
        request.status = RequestStatus.SUBMITTED;
        request.submittedAt = previous;
        requests.persistAndFlush(request);
        record(request, RequestAction.SUBMIT, null, owner, null, submit.note(), previous);

        Certificate certificate = null;
        for (DemoAction step : actions.subList(1, actions.size())) {
            RequestAction action = step.action();
            Instant at = at(step.at(), now);
            if (!at.isAfter(previous)) {
                throw new IllegalArgumentException(action + " at " + step.at() + " is not after the step before");
            }
            previous = at;
            if (!action.allowedFrom(request.status)) {
                throw new IllegalArgumentException(action + " is not possible from " + request.status);
            }
            boolean citizenStep = action == RequestAction.SUPPLEMENT || action == RequestAction.WITHDRAW;
            if (citizenStep && step.by() != null) {
                throw new IllegalArgumentException(action + " is the owner's step: it takes no 'by'");
            }
            Actor actor = citizenStep ? owner : staff(step.by(), community);
            boolean needsDetail = action == RequestAction.REJECT || action == RequestAction.REQUEST_INFO;
            if (needsDetail != (step.detail() != null && !step.detail().isBlank())) {
                throw new IllegalArgumentException(action + (needsDetail ? " needs" : " takes no") + " 'detail'");
            }
            if ((action == RequestAction.SUPPLEMENT) != (step.fields() != null)) {
                throw new IllegalArgumentException("'fields' belong to SUPPLEMENT steps only, and each needs them");
            }
            switch (action) {
                case SUPPLEMENT -> {
                    Map<String, String> merged = new LinkedHashMap<>(request.fields);
                    merged.putAll(step.fields());
                    request.fields = RequestFields.validated(type.template, merged);
                }
                case ISSUE -> {
                    eligibility.checkIssuable(type);
                    certificate = certificateService.issue(request, type, community, actor, at);
                    request.certificateNumber = certificate.number;
                }
                default -> {
                }
            }
            RequestStatus from = request.status;
            request.status = action.to();
            if (action != RequestAction.REQUEST_INFO && action != RequestAction.SUPPLEMENT) {
                request.decidedAt = at;
            }
            record(request, action, from, actor, needsDetail ? step.detail().strip() : null, step.note(), at);
        }
        if (demo.revocation() != null) {
            revoke(certificate, demo.revocation(), community, previous, now);
        }
        return certificate == null ? 0 : 1;
    }

    private void revoke(Certificate certificate, DemoRevocation revocation, Community community, Instant issuedAt,
            Instant now) {
        if (certificate == null) {
            throw new IllegalArgumentException("a revocation needs an ISSUE step");
        }
        Instant at = at(revocation.at(), now);
        if (!at.isAfter(issuedAt)) {
            throw new IllegalArgumentException("the revocation must come after the issue");
        }
        if (revocation.reason() == null || revocation.reason().isBlank()) {
            throw new IllegalArgumentException("a revocation needs a reason");
        }
        certificate.revokedAt = at;
        certificate.revocationReason = revocation.reason().strip();
        certificate.revocationNote = revocation.note();
        certificate.revokedBy = staff(revocation.by(), community).subject();
    }

    private void record(CertificateRequest request, RequestAction action, RequestStatus from, Actor actor,
            String detail, String note, Instant at) {
        RequestStep step = new RequestStep();
        step.requestId = request.id;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = request.status;
        step.actor = actor.subject();
        step.role = actor.role();
        step.detail = detail;
        step.note = note;
        step.takenAt = at;
        timeline.persist(step);
    }

    /** {@code demo-staff-wuhou-yulin} for {@code WUHOU-YULIN}, unless the file names someone. */
    static String staffOf(String communityCode) {
        return STAFF_PREFIX + communityCode.toLowerCase(Locale.ROOT);
    }

    private static Actor staff(String by, Community community) {
        return new Actor(by == null ? staffOf(community.code) : by, Roles.COMMUNITY_STAFF);
    }

    private Instant submittedAt(DemoRequest request, Instant now) {
        if (request.steps() == null || request.steps().isEmpty()) {
            throw new IllegalStateException("demo request " + request.ref() + " has no steps");
        }
        return at(request.steps().get(0).at(), now);
    }

    /** {@code -11d 15:05} (11 days before the load, 15:05) or {@code 2017-09-08 15:30}, in the business zone. */
    Instant at(String text, Instant now) {
        if (text == null) {
            throw new IllegalArgumentException("a step has no 'at'");
        }
        LocalDateTime local;
        Matcher daysAgo = DAYS_AGO.matcher(text);
        try {
            if (daysAgo.matches()) {
                LocalDate day = clock.localDate(now).minusDays(Integer.parseInt(daysAgo.group(1)));
                local = day.atTime(LocalTime.parse(daysAgo.group(2)));
            } else {
                local = LocalDateTime.parse(text, ABSOLUTE);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is neither '-<days>d HH:mm' nor 'yyyy-MM-dd HH:mm'");
        }
        Instant instant = local.atZone(clock.zone()).toInstant();
        if (!instant.isBefore(now)) {
            throw new IllegalArgumentException("'" + text + "' is not in the past");
        }
        return instant;
    }

    /**
     * The ids of the file's types, by code. Found with JDBC and then read by id: the first HQL query of a cold
     * service costs more than the whole step (its parser starts up), and a query by code would be the only one.
     */
    private static Map<String, Long> typeIds(Connection connection, List<DemoRequest> demo) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT code, id FROM certificate_type WHERE code = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("varchar",
                    demo.stream().map(DemoRequest::typeCode).distinct().toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return ids;
    }

    /** Hibernate must write on the loader's connection: only then is the step atomic with its marker row. */
    private void checkSharedConnection(Connection connection) throws SQLException {
        long loaderPid;
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_backend_pid()");
                ResultSet row = query.executeQuery()) {
            row.next();
            loaderPid = row.getLong(1);
        }
        long hibernatePid = ((Number) requests.getEntityManager().createNativeQuery("SELECT pg_backend_pid()")
                .getSingleResult()).longValue();
        if (loaderPid != hibernatePid) {
            throw new IllegalStateException("the requests step must run on the loader's connection");
        }
    }
}
