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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.chengdu.certificate.certificate.CertificateApi.CertificateView;
import cn.gov.chengdu.certificate.certificate.CertificateApi.Revocation;
import cn.gov.chengdu.certificate.template.CertificatePages;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.web.Versions;
import io.quarkus.qute.TemplateInstance;

@Path("/api/v1/certificates")
@Tag(name = "Certificates", description = "Issued certificates, their verification and signing keys")
public class CertificateResource {

    private final CertificateService service;

    public CertificateResource(CertificateService service) {
        this.service = service;
    }

    @GET
    @Path("{number}")
    @RolesAllowed({ Roles.CITIZEN, Roles.COMMUNITY_STAFF, Roles.ADMIN })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A certificate with its verification code and signed token (owner, issuing staff, admin)")
    @APIResponse(responseCode = "200", description = "The resource; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CertificateView.class)))
    public Response get(@PathParam("number") String number) {
        return Versions.ok(service.get(number));
    }

    @GET
    @Path("{number}/document")
    @RolesAllowed({ Roles.CITIZEN, Roles.COMMUNITY_STAFF, Roles.ADMIN })
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The certificate as a printable HTML page, with its number and verification code")
    public TemplateInstance document(@PathParam("number") String number) {
        return CertificatePages.certificate(service.page(number));
    }

    @POST
    @Path("{number}/revoke")
    @RolesAllowed({ Roles.COMMUNITY_STAFF, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate with a reason (issuing community's staff, admin)")
    @APIResponse(responseCode = "200", description = "The resource; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CertificateView.class)))
    public Response revoke(@PathParam("number") String number, @Valid @NotNull Revocation body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.ok(service.revoke(number, ifMatch, body.reason(), body.note()));
    }

}
