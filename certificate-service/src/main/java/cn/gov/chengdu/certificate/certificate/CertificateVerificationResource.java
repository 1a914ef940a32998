package cn.gov.chengdu.certificate.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.chengdu.certificate.certificate.CertificateApi.VerificationRequest;
import cn.gov.chengdu.certificate.certificate.CertificateApi.VerificationResult;

@Path("/api/v1/certificate-verifications")
@Tag(name = "Certificates", description = "Issued certificates, their verification and signing keys")
public class CertificateVerificationResource {

    private final CertificateVerificationService service;

    public CertificateVerificationResource(CertificateVerificationService service) {
        this.service = service;
    }

    /** Nothing is created: a check answers 200 with its outcome, whatever the outcome. */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a certificate by token or by number and verification code (public)")
    public VerificationResult verify(@Valid @NotNull VerificationRequest body) {
        return service.verify(body);
    }
}
