package cn.gov.chengdu.certificate.request;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.chengdu.certificate.access.AccessPolicy;
import cn.gov.chengdu.certificate.access.PersonalData;
import cn.gov.chengdu.certificate.community.CommunityApi.CommunityRef;
import cn.gov.chengdu.certificate.community.CommunityRepository;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.ApplicantView;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.RequestSummary;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.RequestView;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.StepView;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.SubmitRequest;
import cn.gov.chengdu.certificate.request.CertificateRequestRepository.Listed;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeRef;
import cn.gov.chengdu.certificate.type.CertificateTypeRepository;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.time.BusinessClock;
import cn.gov.chengdu.common.web.Cursors;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;

/**
 * Citizens' requests over HTTP, for the caller: which requests they may see or act on ({@link AccessPolicy}; another
 * person's request is 404), {@code If-Match}, and the views. The steps themselves are {@link RequestWorkflow}'s.
 * Actions lock the request, so two staff issuing at once make one certificate.
 */
@ApplicationScoped
public class CertificateRequestService {

    private final CertificateRequestRepository requests;
    private final RequestStepRepository timeline;
    private final CertificateTypeRepository types;
    private final CommunityRepository communities;
    private final RequestWorkflow workflow;
    private final AccessPolicy access;
    private final BusinessClock clock;

    public CertificateRequestService(
            CertificateRequestRepository requests,
            RequestStepRepository timeline,
            CertificateTypeRepository types,
            CommunityRepository communities,
            RequestWorkflow workflow,
            AccessPolicy access,
            BusinessClock clock) {
        this.requests = requests;
        this.timeline = timeline;
        this.types = types;
        this.communities = communities;
        this.workflow = workflow;
        this.access = access;
        this.clock = clock;
    }

    /** A citizen asks a village or community for a certificate of a retained type. */
    @Transactional
    public RequestView submit(SubmitRequest body) {
        return view(workflow.submit(body.application(), access.actingAs(Roles.CITIZEN), clock.now()));
    }

    public Page<RequestSummary> list(RequestStatus status, Integer limit, String cursor) {
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        Long beforeId = after == null ? null : Cursors.number(after.get(0));
        List<Listed> rows = requests.page(access.readerScope(), status, beforeId, size + 1);
        return Page.fromRows(
                rows,
                size,
                this::summary,
                row -> Cursors.encode(row.request().id.toString()));
    }

    public RequestView get(long id) {
        return view(requests.findByIdOptional(id).filter(access::mayRead).orElseThrow(() -> notFound(id)));
    }

    @Transactional
    public RequestView issue(long id, String ifMatch, String note) {
        return staffStep(id, ifMatch, RequestAction.ISSUE, null, note);
    }

    @Transactional
    public RequestView reject(long id, String ifMatch, String reason, String note) {
        return staffStep(id, ifMatch, RequestAction.REJECT, reason, note);
    }

    @Transactional
    public RequestView requestInformation(long id, String ifMatch, String message, String note) {
        return staffStep(id, ifMatch, RequestAction.REQUEST_INFO, message, note);
    }

    /** The owner answers an information request: the values given replace or add to the request's fields. */
    @Transactional
    public RequestView supplement(long id, String ifMatch, Map<String, String> fields, String note) {
        CertificateRequest request = lockForOwner(id, ifMatch);
        workflow.take(
                request, RequestAction.SUPPLEMENT, access.actingAs(Roles.CITIZEN), clock.now(), null, note, fields);
        return view(request);
    }

    @Transactional
    public RequestView withdraw(long id, String ifMatch, String note) {
        CertificateRequest request = lockForOwner(id, ifMatch);
        workflow.take(request, RequestAction.WITHDRAW, access.actingAs(Roles.CITIZEN), clock.now(), null, note, null);
        return view(request);
    }

    /** A step of the request's community's staff. */
    private RequestView staffStep(long id, String ifMatch, RequestAction action, String detail, String note) {
        CertificateRequest request = requests.lock(id).filter(access::isStaffOf).orElseThrow(() -> notFound(id));
        Versions.checkIfMatch(ifMatch, request.version);
        workflow.take(request, action, access.actingAs(Roles.COMMUNITY_STAFF), clock.now(), detail, note, null);
        return view(request);
    }

    private CertificateRequest lockForOwner(long id, String ifMatch) {
        CertificateRequest request = requests.lock(id).filter(access::isOwnerOf).orElseThrow(() -> notFound(id));
        Versions.checkIfMatch(ifMatch, request.version);
        return request;
    }

    private RequestView view(CertificateRequest r) {
        List<RequestStep> steps = timeline.timelineOf(r);
        return new RequestView(
                r.id,
                new TypeRef(r.typeCode, types.findByCode(r.typeCode).orElseThrow().name),
                new CommunityRef(r.communityCode, communities.findById(r.communityCode).name),
                r.purpose,
                applicant(r),
                Map.copyOf(r.fields),
                r.status,
                RequestAction.allowedPaths(r.status),
                r.status == RequestStatus.INFO_REQUESTED ? lastDetail(steps, RequestAction.REQUEST_INFO) : null,
                r.status == RequestStatus.REJECTED ? lastDetail(steps, RequestAction.REJECT) : null,
                r.certificateNumber,
                clock.toWire(r.submittedAt),
                clock.toWire(r.decidedAt),
                steps.stream().map(this::stepView).toList(),
                r.version);
    }

    private RequestSummary summary(Listed row) {
        CertificateRequest r = row.request();
        return new RequestSummary(
                r.id,
                new TypeRef(r.typeCode, row.typeName()),
                new CommunityRef(r.communityCode, row.communityName()),
                applicant(r),
                r.status,
                r.certificateNumber,
                clock.toWire(r.submittedAt),
                r.version);
    }

    private ApplicantView applicant(CertificateRequest r) {
        PersonalData disclosure = access.requestDisclosure(r);
        return new ApplicantView(disclosure.shownName(r.applicantName), disclosure.shownIdNumber(r.applicantIdNumber));
    }

    private StepView stepView(RequestStep s) {
        return new StepView(
                s.action, s.fromStatus, s.toStatus, s.actor, s.role, s.detail, s.note, clock.toWire(s.takenAt));
    }

    private static String lastDetail(List<RequestStep> steps, RequestAction action) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).action == action) {
                return steps.get(i).detail;
            }
        }
        return null;
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("Certificate request " + id);
    }
}
