package cn.gov.chengdu.certificate.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.TemplateInstance;

import cn.gov.chengdu.certificate.certificate.CertificateApi.CertificateView;
import cn.gov.chengdu.certificate.certificate.CertificateApi.Revocation;
import cn.gov.chengdu.certificate.template.CertificatePages;
import cn.gov.chengdu.common.security.Roles;

@Path("/api/v1/certificates")
@Tag(name = "Certificates", description = "Issued certificates, their verification and signing keys")
public class CertificateResource {

    private final CertificateService service;

    public CertificateResource(CertificateService service) {
        this.service = service;
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Roles.CITIZEN, Roles.COMMUNITY_STAFF, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A certificate with its verification code and signed token (owner, issuing staff, admin)")
    public CertificateView get(@PathParam("number") String number) {
        return service.get(number);
    }

    @GET
    @Path("{number}/document")
    @RolesAllowed({Roles.CITIZEN, Roles.COMMUNITY_STAFF, Roles.ADMIN})
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The certificate as a printable HTML page, with its number and verification code")
    public TemplateInstance document(@PathParam("number") String number) {
        return CertificatePages.certificate(service.page(number));
    }

    @POST
    @Path("{number}/revoke")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate with a reason (issuing community's staff, admin)")
    public CertificateView revoke(
            @PathParam("number") String number,
            @Valid @NotNull Revocation body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.revoke(number, ifMatch, body.reason(), body.note());
    }
}
