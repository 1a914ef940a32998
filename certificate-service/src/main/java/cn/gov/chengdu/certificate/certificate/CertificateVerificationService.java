package cn.gov.chengdu.certificate.certificate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.gov.chengdu.certificate.access.AccessPolicy;
import cn.gov.chengdu.certificate.access.PersonalData;
import cn.gov.chengdu.certificate.certificate.CertificateApi.SubjectView;
import cn.gov.chengdu.certificate.certificate.CertificateApi.VerificationRequest;
import cn.gov.chengdu.certificate.certificate.CertificateApi.VerificationResult;
import cn.gov.chengdu.certificate.certificate.CertificateApi.VerificationStatus;
import cn.gov.chengdu.certificate.certificate.CertificateApi.VerifiedCertificate;
import cn.gov.chengdu.certificate.community.CommunityApi.CommunityRef;
import cn.gov.chengdu.certificate.signing.CredentialVerifier;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeRef;
import cn.gov.chengdu.common.problem.Problem.FieldError;
import cn.gov.chengdu.common.problem.ProblemCodes;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.time.BusinessClock;

/**
 * Public verification, for banks and other integrators: by token (signature, then revocation and expiry) or by
 * number and verification code. A wrong code answers NOT_FOUND, exactly as an unknown number does.
 */
@ApplicationScoped
public class CertificateVerificationService {

    private final CertificateRepository certificates;
    private final CredentialVerifier verifier;
    private final AccessPolicy access;
    private final BusinessClock clock;
    private final String issuer;

    public CertificateVerificationService(
            CertificateRepository certificates,
            CredentialVerifier verifier,
            AccessPolicy access,
            BusinessClock clock,
            @ConfigProperty(name = "certificate.signing.issuer") String issuer) {
        this.certificates = certificates;
        this.verifier = verifier;
        this.access = access;
        this.clock = clock;
        this.issuer = issuer;
    }

    public VerificationResult verify(VerificationRequest query) {
        boolean byToken = present(query.token());
        boolean byNumber = present(query.number()) || present(query.verificationCode());
        if (byToken == byNumber) {
            throw ProblemException.badRequest(
                    ProblemCodes.VALIDATION_FAILED,
                    "Give either a token, or a number with its verification code",
                    List.of(new FieldError("token", "give this alone, or number and verificationCode instead")));
        }
        if (byNumber && !(present(query.number()) && present(query.verificationCode()))) {
            String missing = present(query.number()) ? "verificationCode" : "number";
            throw ProblemException.invalidField(
                    missing, "is required with " + (missing.equals("number") ? "verificationCode" : "number"));
        }
        Instant now = clock.now();
        if (byToken) {
            Optional<String> number = signedCertificateNumber(query.token().strip());
            if (number.isEmpty()) {
                return new VerificationResult(VerificationStatus.INVALID, null, clock.toWire(now));
            }
            return outcome(certificates.findByIdOptional(number.get()), now);
        }
        return outcome(
                certificates
                        .findByIdOptional(query.number().strip())
                        .filter(c -> VerificationCodes.matches(c.verificationCode, query.verificationCode())),
                now);
    }

    /** The number ({@code jti}) of a certificate token this service signed, or empty when it is not one. */
    private Optional<String> signedCertificateNumber(String token) {
        return verifier.verifiedClaims(token)
                .filter(claims -> issuer.equals(claims.get("iss")))
                .map(claims -> claims.get("jti"))
                .filter(String.class::isInstance)
                .map(String.class::cast);
    }

    private VerificationResult outcome(Optional<Certificate> certificate, Instant now) {
        return certificate
                .map(c -> new VerificationResult(
                        VerificationStatus.valueOf(c.statusAt(now).name()), summary(c), clock.toWire(now)))
                .orElseGet(() -> new VerificationResult(VerificationStatus.NOT_FOUND, null, clock.toWire(now)));
    }

    private VerifiedCertificate summary(Certificate c) {
        PersonalData disclosure = access.verifierDisclosure();
        return new VerifiedCertificate(
                c.number,
                new TypeRef(c.typeCode, c.typeName),
                new SubjectView(disclosure.shownName(c.subjectName), disclosure.shownIdNumber(c.subjectIdNumber)),
                new CommunityRef(c.communityCode, c.communityName),
                clock.toWire(c.issuedAt),
                clock.toWire(c.expiresAt),
                clock.toWire(c.revokedAt));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
