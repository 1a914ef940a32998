package cn.gov.chengdu.certificate.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.chengdu.certificate.certificate.Certificate;
import cn.gov.chengdu.certificate.certificate.CertificateService;
import cn.gov.chengdu.certificate.community.Community;
import cn.gov.chengdu.certificate.community.CommunityRepository;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.ApplicantView;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.CommunityRef;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.RequestSummary;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.RequestView;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.StepView;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.SubmitRequest;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.TypeRef;
import cn.gov.chengdu.certificate.request.CertificateRequestRepository.Listed;
import cn.gov.chengdu.certificate.request.CertificateRequestRepository.Scope;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeRepository;
import cn.gov.chengdu.common.problem.Problem.FieldError;
import cn.gov.chengdu.common.problem.ProblemCodes;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;
import cn.gov.chengdu.common.security.Caller;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.time.BusinessClock;
import cn.gov.chengdu.common.web.Cursors;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;

/**
 * Citizens' requests for certificates: who may ask for what, who may see which request, and every step from
 * submission to issue, rejection or withdrawal. Actions lock the request, so two staff issuing at once make one
 * certificate.
 */
@ApplicationScoped
public class CertificateRequestService {

    public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";

    private final CertificateRequestRepository requests;
    private final RequestStepRepository steps;
    private final CertificateTypeRepository types;
    private final CommunityRepository communities;
    private final RequestEligibility eligibility;
    private final CertificateService certificates;
    private final Caller caller;
    private final BusinessClock clock;

    public CertificateRequestService(CertificateRequestRepository requests, RequestStepRepository steps,
            CertificateTypeRepository types, CommunityRepository communities, RequestEligibility eligibility,
            CertificateService certificates, Caller caller, BusinessClock clock) {
        this.requests = requests;
        this.steps = steps;
        this.types = types;
        this.communities = communities;
        this.eligibility = eligibility;
        this.certificates = certificates;
        this.caller = caller;
        this.clock = clock;
    }

    /** A citizen asks a village or community for a certificate of a retained type. */
    @Transactional
    public RequestView submit(SubmitRequest body) {
        String idNumber = ResidentIdNumber.parse(body.applicant().idNumber()).orElseThrow(() -> ProblemException
                .invalidField("applicant.idNumber", "is not a valid citizen identity number (GB 11643)"));
        CertificateType type = types.findByCode(body.typeCode()).orElseThrow(() -> unknown(
                RequestEligibility.UNKNOWN_CERTIFICATE_TYPE, "typeCode", "Certificate type " + body.typeCode()));
        eligibility.checkRequestable(type);
        Community community = communities.findByIdOptional(body.communityCode()).orElseThrow(() -> unknown(
                RequestEligibility.UNKNOWN_COMMUNITY, "communityCode", "Community " + body.communityCode()));
        eligibility.checkIssuingLevel(type, community);
        Map<String, String> fields = RequestFields.validated(type.template,
                body.fields() == null ? Map.of() : body.fields());

        CertificateRequest request = new CertificateRequest();
        request.typeCode = type.code;
        request.communityCode = community.code;
        request.ownerSubject = caller.subject();
        request.applicantName = body.applicant().name().strip();
        request.applicantIdNumber = idNumber;
        request.purpose = body.purpose().strip();
        request.fields = fields;
        request.status = RequestStatus.SUBMITTED;
        request.submittedAt = clock.now();
        requests.persistAndFlush(request);
        record(request, RequestAction.SUBMIT, null, caller.as(Roles.CITIZEN), null, body.note());
        return view(request, type, community);
    }

    public Page<RequestSummary> list(RequestStatus status, Integer limit, String cursor) {
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        Long beforeId = after == null ? null : Cursors.number(after.get(0));
        Scope scope;
        if (caller.hasRole(Roles.ADMIN)) {
            scope = Scope.ALL;
        } else if (caller.hasRole(Roles.COMMUNITY_STAFF)) {
            if (caller.community().isEmpty()) {
                return Page.of(List.of());
            }
            scope = Scope.ofCommunity(caller.community().get());
        } else {
            scope = Scope.ownedBy(caller.subject());
        }
        List<Listed> rows = requests.page(scope, status, beforeId, size + 1);
        return Page.fromRows(rows, size, this::summary, row -> Cursors.encode(row.request().id.toString()));
    }

    public RequestView get(long id) {
        CertificateRequest request = requests.findByIdOptional(id).filter(this::mayRead)
                .orElseThrow(() -> notFound(id));
        return view(request);
    }

    @Transactional
    public RequestView issue(long id, String ifMatch, String note) {
        CertificateRequest request = lockForStaff(id, ifMatch);
        check(request, RequestAction.ISSUE);
        CertificateType type = types.findByCode(request.typeCode).orElseThrow();
        eligibility.checkIssuable(type);
        Community community = communities.findById(request.communityCode);
        Actor staff = caller.as(Roles.COMMUNITY_STAFF);
        Certificate certificate = certificates.issue(request, type, community, staff);
        request.certificateNumber = certificate.number;
        return move(request, RequestAction.ISSUE, staff, null, note);
    }

    @Transactional
    public RequestView reject(long id, String ifMatch, String reason, String note) {
        CertificateRequest request = lockForStaff(id, ifMatch);
        return move(request, RequestAction.REJECT, caller.as(Roles.COMMUNITY_STAFF), reason.strip(), note);
    }

    @Transactional
    public RequestView requestInformation(long id, String ifMatch, String message, String note) {
        CertificateRequest request = lockForStaff(id, ifMatch);
        return move(request, RequestAction.REQUEST_INFO, caller.as(Roles.COMMUNITY_STAFF), message.strip(), note);
    }

    /** The owner answers an information request: the values given replace or add to the request's fields. */
    @Transactional
    public RequestView supplement(long id, String ifMatch, Map<String, String> fields, String note) {
        CertificateRequest request = lockForOwner(id, ifMatch);
        check(request, RequestAction.SUPPLEMENT);
        Map<String, String> merged = new LinkedHashMap<>(request.fields);
        merged.putAll(fields);
        request.fields = RequestFields.validated(types.findByCode(request.typeCode).orElseThrow().template, merged);
        return move(request, RequestAction.SUPPLEMENT, caller.as(Roles.CITIZEN), null, note);
    }

    @Transactional
    public RequestView withdraw(long id, String ifMatch, String note) {
        CertificateRequest request = lockForOwner(id, ifMatch);
        return move(request, RequestAction.WITHDRAW, caller.as(Roles.CITIZEN), null, note);
    }

    private CertificateRequest lockForStaff(long id, String ifMatch) {
        CertificateRequest request = requests.lock(id).filter(r -> isStaffOf(r.communityCode))
                .orElseThrow(() -> notFound(id));
        Versions.checkIfMatch(ifMatch, request.version);
        return request;
    }

    private CertificateRequest lockForOwner(long id, String ifMatch) {
        CertificateRequest request = requests.lock(id).filter(this::isOwner).orElseThrow(() -> notFound(id));
        Versions.checkIfMatch(ifMatch, request.version);
        return request;
    }

    private static void check(CertificateRequest request, RequestAction action) {
        if (!action.allowedFrom(request.status)) {
            throw ProblemException.conflict(ILLEGAL_TRANSITION, "Certificate request " + request.id + " is "
                    + request.status + "; '" + action.path() + "' is not possible now")
                    .with("currentStatus", request.status.name())
                    .with("allowed", RequestAction.allowedPaths(request.status));
        }
    }

    private RequestView move(CertificateRequest request, RequestAction action, Actor actor, String detail,
            String note) {
        check(request, action);
        RequestStatus from = request.status;
        request.status = action.to();
        if (action != RequestAction.REQUEST_INFO && action != RequestAction.SUPPLEMENT) {
            request.decidedAt = clock.now();
        }
        record(request, action, from, actor, detail, note);
        requests.flush();
        return view(request);
    }

    private void record(CertificateRequest request, RequestAction action, RequestStatus from, Actor actor,
            String detail, String note) {
        RequestStep step = new RequestStep();
        step.requestId = request.id;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = request.status;
        step.actor = actor.subject();
        step.role = actor.role();
        step.detail = detail;
        step.note = note;
        step.takenAt = clock.now();
        steps.persist(step);
    }

    private boolean mayRead(CertificateRequest request) {
        return caller.hasRole(Roles.ADMIN) || isStaffOf(request.communityCode) || isOwner(request);
    }

    private boolean isOwner(CertificateRequest request) {
        return caller.hasRole(Roles.CITIZEN) && request.ownerSubject.equals(caller.subject());
    }

    private boolean isStaffOf(String communityCode) {
        return caller.hasRole(Roles.COMMUNITY_STAFF) && caller.community().filter(communityCode::equals).isPresent();
    }

    /** The owner and the staff responsible for the request see the applicant in full; others masked. */
    private PersonalData disclosureOf(CertificateRequest request) {
        return isOwner(request) || isStaffOf(request.communityCode) ? PersonalData.FULL : PersonalData.MASKED;
    }

    private RequestView view(CertificateRequest request) {
        return view(request, types.findByCode(request.typeCode).orElseThrow(),
                communities.findById(request.communityCode));
    }

    private RequestView view(CertificateRequest r, CertificateType type, Community community) {
        List<RequestStep> timeline = steps.timelineOf(r.id);
        return new RequestView(r.id, new TypeRef(type.code, type.name),
                new CommunityRef(community.code, community.name), r.purpose, applicant(r), Map.copyOf(r.fields),
                r.status, RequestAction.allowedPaths(r.status),
                r.status == RequestStatus.INFO_REQUESTED ? lastDetail(timeline, RequestAction.REQUEST_INFO) : null,
                r.status == RequestStatus.REJECTED ? lastDetail(timeline, RequestAction.REJECT) : null,
                r.certificateNumber, clock.toWire(r.submittedAt), clock.toWire(r.decidedAt),
                timeline.stream().map(this::stepView).toList(), r.version);
    }

    private RequestSummary summary(Listed row) {
        CertificateRequest r = row.request();
        return new RequestSummary(r.id, new TypeRef(r.typeCode, row.typeName()),
                new CommunityRef(r.communityCode, row.communityName()),
                applicant(r), r.status, r.certificateNumber, clock.toWire(r.submittedAt), r.version);
    }

    private ApplicantView applicant(CertificateRequest r) {
        PersonalData disclosure = disclosureOf(r);
        return new ApplicantView(disclosure.shownName(r.applicantName), disclosure.shownIdNumber(r.applicantIdNumber));
    }

    private StepView stepView(RequestStep s) {
        return new StepView(s.action, s.fromStatus, s.toStatus, s.actor, s.role, s.detail, s.note,
                clock.toWire(s.takenAt));
    }

    private static String lastDetail(List<RequestStep> timeline, RequestAction action) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).action == action) {
                return timeline.get(i).detail;
            }
        }
        return null;
    }

    private static ProblemException unknown(String code, String field, String what) {
        return new ProblemException(422, code, what + " does not exist", List.of(new FieldError(field, "is unknown")),
                Map.of());
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("Certificate request " + id);
    }
}
