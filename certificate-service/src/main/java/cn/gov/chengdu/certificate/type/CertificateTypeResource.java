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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.chengdu.certificate.type.CertificateTypeApi.ActionNote;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.CreateType;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.LookupHit;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeContent;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeSummary;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeView;
import cn.gov.chengdu.common.idempotency.IdempotentCreation;
import cn.gov.chengdu.common.security.Caller;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.web.Cursors;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;

@Path("/api/v1/certificate-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificate types", description = "The catalogue of village and community certificates (证明事项)")
public class CertificateTypeResource {

    private final CertificateTypeService service;
    private final CertificateTypeLookup lookup;
    private final Caller caller;
    private final IdempotentCreation idempotency;

    public CertificateTypeResource(CertificateTypeService service, CertificateTypeLookup lookup, Caller caller,
            IdempotentCreation idempotency) {
        this.service = service;
        this.lookup = lookup;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @PermitAll
    @Operation(summary = "List certificate types by code, optionally of one status or containing a text")
    public Page<TypeSummary> list(@QueryParam("status") CertificateTypeStatus status, @QueryParam("q") String text,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return service.list(status, text, limit, cursor);
    }

    @GET
    @Path("lookup")
    @PermitAll
    @Operation(summary = "Is this certificate still required? Ranked matches on names and aliases, partial Chinese input")
    public Page<LookupHit> lookup(@QueryParam("q") String q, @QueryParam("limit") Integer limit) {
        return Page.of(lookup.lookup(q, Cursors.limit(limit)));
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "One certificate type with its legal bases, template and status history")
    @APIResponse(responseCode = "200", description = "The resource; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TypeView.class)))
    public Response get(@PathParam("code") String code) {
        return Versions.ok(service.get(code));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Draft a certificate type (admin)")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TypeView.class)))
    public Response create(@Valid @NotNull CreateType request,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, caller.subject(), request, () -> {
            TypeView view = service.create(request, caller.as(Roles.ADMIN));
            return Versions.created("/api/v1/certificate-types/" + view.code(), view);
        });
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Edit a DRAFT certificate type (admin); If-Match guards against lost updates")
    @APIResponse(responseCode = "200", description = "The resource; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TypeView.class)))
    public Response update(@PathParam("code") String code, @Valid @NotNull TypeContent content,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.ok(service.update(code, content, ifMatch));
    }

    @POST
    @Path("{code}/submit-review")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Submit a DRAFT to the joint review (三堂会审), opening a new round (admin)")
    @APIResponse(responseCode = "200", description = "The resource; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TypeView.class)))
    public Response submitReview(@PathParam("code") String code, @Valid ActionNote body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.ok(service.submitForReview(code, ifMatch, caller.as(Roles.ADMIN),
                body == null ? null : body.note()));
    }

}
