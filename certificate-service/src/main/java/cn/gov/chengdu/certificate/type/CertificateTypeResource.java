package cn.gov.chengdu.certificate.type;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.gov.chengdu.certificate.type.CertificateTypeApi.CreateType;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.LookupHit;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeContent;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeSummary;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeView;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.web.ActionNote;
import cn.gov.chengdu.common.web.Cursors;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;
import cn.gov.chengdu.persistence.idempotency.IdempotentCreation;

@Path(CertificateTypeResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificate types", description = "The catalogue of village and community certificates (证明事项)")
public class CertificateTypeResource {

    static final String PATH = "/api/v1/certificate-types";

    private final CertificateTypeService service;
    private final CertificateTypeLookup lookup;
    private final IdempotentCreation idempotency;

    public CertificateTypeResource(
            CertificateTypeService service, CertificateTypeLookup lookup, IdempotentCreation idempotency) {
        this.service = service;
        this.lookup = lookup;
        this.idempotency = idempotency;
    }

    @GET
    @PermitAll
    @Operation(summary = "List certificate types by code, optionally of one status or containing a text")
    public Page<TypeSummary> list(
            @QueryParam("status") CertificateTypeStatus status,
            @QueryParam("q") String text,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(status, text, limit, cursor);
    }

    @GET
    @Path("lookup")
    @PermitAll
    @Operation(
            summary = "Is this certificate still required? Ranked matches on names and aliases, partial Chinese input")
    public Page<LookupHit> lookup(@QueryParam("q") String q, @QueryParam("limit") Integer limit) {
        return Page.of(lookup.lookup(q, Cursors.limit(limit)));
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "One certificate type with its legal bases, template and status history")
    public TypeView get(@PathParam("code") String code) {
        return service.get(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = TypeView.class, responseCode = "201")
    @Operation(summary = "Draft a certificate type (admin)")
    public RestResponse<TypeView> create(
            @Valid @NotNull CreateType body, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, body, () -> {
            TypeView view = service.create(body);
            return Versions.created(PATH + "/" + view.code(), view);
        });
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Edit a DRAFT certificate type (admin); If-Match guards against lost updates")
    public TypeView update(
            @PathParam("code") String code,
            @Valid @NotNull TypeContent body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.update(code, body, ifMatch);
    }

    @POST
    @Path("{code}/submit-review")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Submit a DRAFT to the joint review (三堂会审), opening a new round (admin)")
    public TypeView submitReview(
            @PathParam("code") String code, @Valid ActionNote body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.submitForReview(code, ifMatch, ActionNote.of(body));
    }
}
