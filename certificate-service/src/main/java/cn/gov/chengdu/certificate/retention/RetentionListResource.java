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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.gov.chengdu.certificate.retention.RetentionListApi.DraftList;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListDiff;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListSummary;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListView;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.web.ActionNote;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;
import cn.gov.chengdu.persistence.idempotency.IdempotentCreation;

@Path(RetentionListResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Retention lists", description = "保留清单: the certificates villages and communities still issue")
public class RetentionListResource {

    static final String PATH = "/api/v1/retention-lists";

    private final RetentionListService service;
    private final IdempotentCreation idempotency;

    public RetentionListResource(RetentionListService service, IdempotentCreation idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ListView.class, responseCode = "201")
    @Operation(summary = "Draft a retention list of the APPROVED and RETAINED types (admin)")
    public RestResponse<ListView> draft(
            @Valid @NotNull DraftList body, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, body, () -> {
            ListView view = service.draft(body);
            return Versions.created(PATH + "/" + view.id(), view);
        });
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a draft: its types become RETAINED, retained types left out are abolished (admin)")
    public ListView publish(
            @PathParam("id") long id, @Valid ActionNote body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.publish(id, ifMatch, ActionNote.of(body));
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
    public ListView current() {
        return service.current();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One retention list with its types")
    public ListView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/diff")
    @PermitAll
    @Operation(summary = "What list {id} keeps, adds and removes compared with list {against}")
    public ListDiff diff(@PathParam("id") long id, @QueryParam("against") Long against) {
        return service.diff(id, against);
    }
}
