package cn.gov.chengdu.certificate.certificate;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.gov.chengdu.certificate.certificate.CertificateApi.CertificateView;
import cn.gov.chengdu.certificate.certificate.CertificateApi.RevocationView;
import cn.gov.chengdu.certificate.certificate.CertificateApi.SubjectView;
import cn.gov.chengdu.certificate.community.Community;
import cn.gov.chengdu.certificate.request.CertificateRequest;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.CommunityRef;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.TypeRef;
import cn.gov.chengdu.certificate.request.PersonalData;
import cn.gov.chengdu.certificate.signing.CredentialSigner;
import cn.gov.chengdu.certificate.signing.CredentialSigner.SignedCredential;
import cn.gov.chengdu.certificate.template.CertificatePages.CertificatePage;
import cn.gov.chengdu.certificate.template.FilledTemplate;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;
import cn.gov.chengdu.common.security.Caller;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.time.BusinessClock;
import cn.gov.chengdu.common.web.Versions;

/**
 * Issued certificates: issuing one (numbered, signed) on a request, reading it and its printable page, revoking it.
 * Readers are the owner, the issuing community's staff and admins; anyone else gets 404.
 */
@ApplicationScoped
public class CertificateService {

    public static final String ALREADY_REVOKED = "CERTIFICATE_ALREADY_REVOKED";
    private static final String NUMBER_PREFIX = "CD";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CertificateRepository certificates;
    private final CredentialSigner signer;
    private final Caller caller;
    private final BusinessClock clock;
    private final String issuer;

    public CertificateService(CertificateRepository certificates, CredentialSigner signer, Caller caller,
            BusinessClock clock, @ConfigProperty(name = "certificate.signing.issuer") String issuer) {
        this.certificates = certificates;
        this.signer = signer;
        this.caller = caller;
        this.clock = clock;
        this.issuer = issuer;
    }

    /** Numbers, signs and stores the certificate of an issued request; runs in the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public Certificate issue(CertificateRequest request, CertificateType type, Community community, Actor staff) {
        return issue(request, type, community, staff, clock.now());
    }

    /**
     * As {@link #issue(CertificateRequest, CertificateType, Community, Actor)}, issued at {@code at} rather than now:
     * for the demo data's certificates with their historical dates (number year, validity and token follow it).
     */
    @Transactional(TxType.MANDATORY)
    public Certificate issue(CertificateRequest request, CertificateType type, Community community, Actor staff,
            Instant at) {
        Instant issuedAt = at.truncatedTo(ChronoUnit.SECONDS);
        Certificate certificate = new Certificate();
        certificate.number = String.format("%s-%d-%06d", NUMBER_PREFIX, clock.localDate(issuedAt).getYear(),
                certificates.nextSequenceNumber());
        certificate.requestId = request.id;
        certificate.typeCode = type.code;
        certificate.typeName = type.name;
        certificate.template = type.template;
        certificate.communityCode = community.code;
        certificate.communityName = community.name;
        certificate.ownerSubject = request.ownerSubject;
        certificate.subjectName = request.applicantName;
        certificate.subjectIdNumber = request.applicantIdNumber;
        certificate.purpose = request.purpose;
        certificate.fields = new HashMap<>(request.fields);
        certificate.verificationCode = VerificationCodes.newCode();
        certificate.issuedBy = staff.subject();
        certificate.issuedAt = issuedAt;
        certificate.expiresAt = type.validityDays == null ? null
                : issuedAt.plus(Duration.ofDays(type.validityDays));
        SignedCredential credential = signer.sign(CertificateCredential.claims(certificate, issuer, clock.zone()));
        certificate.token = credential.token();
        certificate.signingKid = credential.kid();
        certificates.persist(certificate);
        return certificate;
    }

    public CertificateView get(String number) {
        return view(readable(number));
    }

    /** The certificate as a printable page: the type's template filled with the request's values. */
    public CertificatePage page(String number) {
        Certificate c = readable(number);
        PersonalData disclosure = disclosureOf(c);
        Map<String, String> values = new HashMap<>(c.fields);
        values.put("applicantName", disclosure.shownName(c.subjectName));
        values.put("idNumber", disclosure.shownIdNumber(c.subjectIdNumber));
        values.put("communityName", c.communityName);
        values.put("issueDate", chineseDate(c.issuedAt));
        String title = c.template == null ? c.typeName : c.template.title();
        return new CertificatePage(c.number, c.verificationCode, title,
                c.template == null ? List.of() : FilledTemplate.fill(c.template, values),
                c.communityName, chineseDate(c.issuedAt), c.expiresAt == null ? null : chineseDate(c.expiresAt),
                c.statusAt(clock.now()).name());
    }

    /** Issuing community's staff or an admin; a certificate is revoked once. */
    @Transactional
    public CertificateView revoke(String number, String ifMatch, String reason, String note) {
        Certificate certificate = certificates.lock(number)
                .filter(c -> caller.hasRole(Roles.ADMIN) || isStaffOf(c))
                .orElseThrow(() -> notFound(number));
        Versions.checkIfMatch(ifMatch, certificate.version);
        if (certificate.revokedAt != null) {
            throw ProblemException.conflict(ALREADY_REVOKED, "Certificate " + number + " was already revoked")
                    .with("revokedAt", clock.toWire(certificate.revokedAt).toString());
        }
        certificate.revokedAt = clock.now();
        certificate.revocationReason = reason.strip();
        certificate.revocationNote = note;
        certificate.revokedBy = caller.subject();
        certificates.flush();
        return view(certificate);
    }

    private Certificate readable(String number) {
        return certificates.findByIdOptional(number)
                .filter(c -> caller.hasRole(Roles.ADMIN) || isStaffOf(c) || isOwner(c))
                .orElseThrow(() -> notFound(number));
    }

    private boolean isOwner(Certificate certificate) {
        return caller.hasRole(Roles.CITIZEN) && certificate.ownerSubject.equals(caller.subject());
    }

    private boolean isStaffOf(Certificate certificate) {
        return caller.hasRole(Roles.COMMUNITY_STAFF)
                && caller.community().filter(certificate.communityCode::equals).isPresent();
    }

    /** The full ID number for the owner only; the name for the owner and the issuing staff. */
    private PersonalData disclosureOf(Certificate certificate) {
        if (isOwner(certificate)) {
            return PersonalData.FULL;
        }
        return isStaffOf(certificate) ? PersonalData.NAME_ONLY : PersonalData.MASKED;
    }

    private CertificateView view(Certificate c) {
        PersonalData disclosure = disclosureOf(c);
        RevocationView revocation = c.revokedAt == null ? null
                : new RevocationView(c.revocationReason, c.revocationNote, c.revokedBy, clock.toWire(c.revokedAt));
        return new CertificateView(c.number, new TypeRef(c.typeCode, c.typeName),
                new SubjectView(disclosure.shownName(c.subjectName), disclosure.shownIdNumber(c.subjectIdNumber)),
                new CommunityRef(c.communityCode, c.communityName), c.purpose, Map.copyOf(c.fields),
                clock.toWire(c.issuedAt), clock.toWire(c.expiresAt), c.statusAt(clock.now()), revocation,
                c.verificationCode, c.token, c.signingKid, c.requestId, c.version);
    }

    private String chineseDate(Instant instant) {
        return CHINESE_DATE.format(clock.localDate(instant));
    }

    private static ProblemException notFound(String number) {
        return ProblemException.notFound("Certificate " + number);
    }
}
