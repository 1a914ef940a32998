package cn.gov.chengdu.certificate.certificate;

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

import cn.gov.chengdu.certificate.access.AccessPolicy;
import cn.gov.chengdu.certificate.access.PersonalData;
import cn.gov.chengdu.certificate.certificate.CertificateApi.CertificateView;
import cn.gov.chengdu.certificate.certificate.CertificateApi.RevocationView;
import cn.gov.chengdu.certificate.certificate.CertificateApi.SubjectView;
import cn.gov.chengdu.certificate.community.CommunityApi.CommunityRef;
import cn.gov.chengdu.certificate.signing.CredentialSigner;
import cn.gov.chengdu.certificate.signing.CredentialSigner.SignedCredential;
import cn.gov.chengdu.certificate.template.CertificatePages.CertificatePage;
import cn.gov.chengdu.certificate.template.FilledTemplate;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeRef;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.time.BusinessClock;
import cn.gov.chengdu.common.web.Versions;

/**
 * Issued certificates: issuing one (numbered, signed) on a request, reading it and its printable page, revoking it.
 * Who may read or revoke which, and how much of the person they see, is {@link AccessPolicy}'s to say.
 */
@ApplicationScoped
public class CertificateService {

    private static final String NUMBER_PREFIX = "CD";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CertificateRepository certificates;
    private final CredentialSigner signer;
    private final AccessPolicy access;
    private final BusinessClock clock;
    private final String issuer;

    public CertificateService(
            CertificateRepository certificates,
            CredentialSigner signer,
            AccessPolicy access,
            BusinessClock clock,
            @ConfigProperty(name = "certificate.signing.issuer") String issuer) {
        this.certificates = certificates;
        this.signer = signer;
        this.access = access;
        this.clock = clock;
        this.issuer = issuer;
    }

    /**
     * Numbers, signs and stores a certificate issued by {@code staff} at {@code at} (now, or a historical instant
     * for demo data: the number's year, the validity and the token follow it); runs in the caller's transaction.
     */
    @Transactional(TxType.MANDATORY)
    public Certificate issue(Issuance issuance, Actor staff, Instant at) {
        Instant issuedAt = at.truncatedTo(ChronoUnit.SECONDS);
        String number = String.format(
                "%s-%d-%06d", NUMBER_PREFIX, clock.localDate(issuedAt).getYear(), certificates.nextSequenceNumber());
        Certificate certificate = Certificate.issue(number, issuance, VerificationCodes.newCode(), staff, issuedAt);
        SignedCredential credential = signer.sign(CertificateCredential.claims(certificate, issuer, clock.zone()));
        certificate.sign(credential.token(), credential.kid());
        certificates.persist(certificate);
        return certificate;
    }

    public CertificateView get(String number) {
        return view(readable(number));
    }

    /** The certificate as a printable page: its template filled with its values. */
    public CertificatePage page(String number) {
        Certificate c = readable(number);
        PersonalData disclosure = access.certificateDisclosure(c);
        Map<String, String> values = new HashMap<>(c.content.fields());
        values.put("applicantName", disclosure.shownName(c.subjectName));
        values.put("idNumber", disclosure.shownIdNumber(c.subjectIdNumber));
        values.put("communityName", c.communityName);
        values.put("issueDate", chineseDate(c.issuedAt));
        CertificateContent.Template template = c.content.template();
        return new CertificatePage(
                c.number,
                c.verificationCode,
                template == null ? c.typeName : template.title(),
                template == null ? List.of() : FilledTemplate.fill(template.body(), template.fieldLabels(), values),
                c.communityName,
                chineseDate(c.issuedAt),
                c.expiresAt == null ? null : chineseDate(c.expiresAt),
                c.statusAt(clock.now()).name());
    }

    /** Issuing community's staff or an admin; a certificate is revoked once. */
    @Transactional
    public CertificateView revoke(String number, String ifMatch, String reason, String note) {
        Certificate certificate =
                certificates.lock(number).filter(access::mayRevoke).orElseThrow(() -> notFound(number));
        Versions.checkIfMatch(ifMatch, certificate.version);
        certificate.revoke(
                reason, note, access.actingAs(access.isAdmin() ? Roles.ADMIN : Roles.COMMUNITY_STAFF), clock.now());
        certificates.flush();
        return view(certificate);
    }

    private Certificate readable(String number) {
        return certificates.findByIdOptional(number).filter(access::mayRead).orElseThrow(() -> notFound(number));
    }

    private CertificateView view(Certificate c) {
        PersonalData disclosure = access.certificateDisclosure(c);
        RevocationView revocation = c.revokedAt == null
                ? null
                : new RevocationView(c.revocationReason, c.revocationNote, c.revokedBy, clock.toWire(c.revokedAt));
        return new CertificateView(
                c.number,
                new TypeRef(c.typeCode, c.typeName),
                new SubjectView(disclosure.shownName(c.subjectName), disclosure.shownIdNumber(c.subjectIdNumber)),
                new CommunityRef(c.communityCode, c.communityName),
                c.purpose,
                c.content.fields(),
                clock.toWire(c.issuedAt),
                clock.toWire(c.expiresAt),
                c.statusAt(clock.now()),
                revocation,
                c.verificationCode,
                c.token,
                c.signingKid,
                c.requestId,
                c.version);
    }

    private String chineseDate(Instant instant) {
        return CHINESE_DATE.format(clock.localDate(instant));
    }

    private static ProblemException notFound(String number) {
        return ProblemException.notFound("Certificate " + number);
    }
}
