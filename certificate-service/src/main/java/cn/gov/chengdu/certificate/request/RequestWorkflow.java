package cn.gov.chengdu.certificate.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.chengdu.certificate.certificate.Certificate;
import cn.gov.chengdu.certificate.certificate.CertificateContent;
import cn.gov.chengdu.certificate.certificate.CertificateService;
import cn.gov.chengdu.certificate.certificate.Issuance;
import cn.gov.chengdu.certificate.community.Community;
import cn.gov.chengdu.certificate.community.CommunityApi.CommunityRef;
import cn.gov.chengdu.certificate.community.CommunityRepository;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeRef;
import cn.gov.chengdu.certificate.type.CertificateTypeRepository;
import cn.gov.chengdu.common.problem.Problem.FieldError;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;

/**
 * What happens when a request is submitted or one of its steps is taken, whoever takes it: the REST service for its
 * caller (now), the demo loader for its history (at the instants it gives). It checks what may be asked for and
 * where ({@link RequestEligibility}), applies the request's state machine, issues the certificate on ISSUE and
 * records each step in the timeline. Checking that the actor may take the step at all (owner, the community's
 * staff) and {@code If-Match} is the caller's part; this runs in the caller's transaction.
 */
@ApplicationScoped
public class RequestWorkflow {

    /** A citizen's application, as the API or the demo files give it. */
    public record Application(
            String typeCode,
            String communityCode,
            String purpose,
            String applicantName,
            String applicantIdNumber,
            Map<String, String> fields,
            String note) {}

    private final CertificateRequestRepository requests;
    private final RequestStepRepository timeline;
    private final CertificateTypeRepository types;
    private final CommunityRepository communities;
    private final RequestEligibility eligibility;
    private final CertificateService certificates;

    public RequestWorkflow(
            CertificateRequestRepository requests,
            RequestStepRepository timeline,
            CertificateTypeRepository types,
            CommunityRepository communities,
            RequestEligibility eligibility,
            CertificateService certificates) {
        this.requests = requests;
        this.timeline = timeline;
        this.types = types;
        this.communities = communities;
        this.eligibility = eligibility;
        this.certificates = certificates;
    }

    /**
     * Submits an application for {@code owner}: a valid identity number (400), a known type (422) that is retained
     * (422, with the reason when abolished), a known community (422) of the type's level (422), fields that fit the
     * template (400).
     */
    @Transactional(TxType.MANDATORY)
    public CertificateRequest submit(Application application, Actor owner, Instant at) {
        String idNumber = ResidentIdNumber.parse(application.applicantIdNumber())
                .orElseThrow(() -> ProblemException.invalidField(
                        "applicant.idNumber", "is not a valid citizen identity number (GB 11643)"));
        CertificateType type = types.findByCode(application.typeCode())
                .orElseThrow(() -> unknown(
                        RequestEligibility.UNKNOWN_CERTIFICATE_TYPE,
                        "typeCode",
                        "Certificate type " + application.typeCode()));
        eligibility.checkRequestable(type);
        Community community = communities
                .findByIdOptional(application.communityCode())
                .orElseThrow(() -> unknown(
                        RequestEligibility.UNKNOWN_COMMUNITY,
                        "communityCode",
                        "Community " + application.communityCode()));
        eligibility.checkIssuingLevel(type, community);
        Map<String, String> fields =
                RequestFields.validated(type.template, application.fields() == null ? Map.of() : application.fields());
        CertificateRequest request = new CertificateRequest(
                type.code,
                community.code,
                owner.subject(),
                application.applicantName().strip(),
                idNumber,
                application.purpose().strip(),
                fields);
        RequestStep submitted = request.submit(owner, at, application.note());
        requests.persist(request);
        timeline.persist(submitted);
        return request;
    }

    /**
     * Takes {@code action} on {@code request} as {@code actor} at {@code at}. {@code detail}: the reason of a
     * rejection or the information asked for; {@code fields}: what a supplement gives. Issuing makes the certificate
     * (422 when the type was abolished in the meantime).
     *
     * @return the certificate an ISSUE made, else {@code null}
     */
    @Transactional(TxType.MANDATORY)
    public Certificate take(
            CertificateRequest request,
            RequestAction action,
            Actor actor,
            Instant at,
            String detail,
            String note,
            Map<String, String> fields) {
        Certificate certificate = null;
        RequestStep step = switch (action) {
            case SUBMIT -> throw new IllegalArgumentException("a request is submitted once, with submit()");
            case ISSUE -> {
                request.checkAllows(action);
                certificate = issueCertificate(request, actor, at);
                yield request.issue(certificate.number, actor, at, note);
            }
            case SUPPLEMENT ->
                request.supplement(
                        fields == null ? Map.of() : fields,
                        types.findByCode(request.typeCode).orElseThrow().template,
                        actor,
                        at,
                        note);
            default -> request.apply(action, actor, at, detail, note);
        };
        timeline.persist(step);
        requests.flush();
        return certificate;
    }

    private Certificate issueCertificate(CertificateRequest request, Actor staff, Instant at) {
        CertificateType type = types.findByCode(request.typeCode).orElseThrow();
        eligibility.checkIssuable(type);
        Community community = communities.findById(request.communityCode);
        return certificates.issue(
                new Issuance(
                        request.id,
                        new TypeRef(type.code, type.name),
                        new CommunityRef(community.code, community.name),
                        request.ownerSubject,
                        request.applicantName,
                        request.applicantIdNumber,
                        request.purpose,
                        CertificateContent.of(type.template, request.fields),
                        type.validityDays),
                staff,
                at);
    }

    private static ProblemException unknown(String code, String field, String what) {
        return new ProblemException(
                422, code, what + " does not exist", List.of(new FieldError(field, "is unknown")), Map.of());
    }
}
