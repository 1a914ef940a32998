package cn.gov.chengdu.certificate.retention;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.chengdu.certificate.retention.RetentionListApi.DraftList;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.ActionNote;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListDiff;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListSummary;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListView;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.idempotency.IdempotentCreation;
import cn.gov.chengdu.common.security.Caller;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;

@Path("/api/v1/retention-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Retention lists", description = "保留清单: the certificates villages and communities still issue")
public class RetentionListResource {

    private final RetentionListService service;
    private final Caller caller;
    private final IdempotentCreation idempotency;

    public RetentionListResource(RetentionListService service, Caller caller, IdempotentCreation idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Draft a retention list of the APPROVED and RETAINED types (admin)")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ListView.class)))
    public Response draft(@Valid @NotNull DraftList request,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, caller.subject(), request, () -> {
            ListView view = service.draft(request, caller.as(Roles.ADMIN));
            return Versions.created("/api/v1/retention-lists/" + view.id(), view);
        });
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a draft: its types become RETAINED, retained types left out are abolished (admin)")
    @APIResponse(responseCode = "200", description = "The resource; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ListView.class)))
    public Response publish(@PathParam("id") long id, @Valid ActionNote body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ListView view = service.publish(id, ifMatch, caller.as(Roles.ADMIN), body == null ? null : body.note());
        return Versions.ok(view);
    }

    @GET
    @PermitAll
    @Operation(summary = "All retention lists, newest first")
    public Page<ListSummary> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return service.list(limit, cursor);
    }

    @GET
    @Path("current")
    @PermitAll
    @Operation(summary = "The published list in force today")
    @APIResponse(responseCode = "200", description = "The resource; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ListView.class)))
    public Response current() {
        ListView view = service.current();
        return Versions.ok(view);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One retention list with its types")
    @APIResponse(responseCode = "200", description = "The resource; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ListView.class)))
    public Response get(@PathParam("id") long id) {
        ListView view = service.get(id);
        return Versions.ok(view);
    }

    @GET
    @Path("{id}/diff")
    @PermitAll
    @Operation(summary = "What list {id} keeps, adds and removes compared with list {against}")
    public ListDiff diff(@PathParam("id") long id, @QueryParam("against") Long against) {
        if (against == null) {
            throw ProblemException.invalidField("against", "is required: the id of the list to compare with");
        }
        return service.diff(id, against);
    }
}
