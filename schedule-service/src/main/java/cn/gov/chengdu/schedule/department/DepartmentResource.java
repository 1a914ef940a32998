package cn.gov.chengdu.schedule.department;

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

import cn.gov.chengdu.common.idempotency.IdempotentCreation;
import cn.gov.chengdu.common.security.Caller;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;
import cn.gov.chengdu.schedule.department.DepartmentApi.CreateDepartment;
import cn.gov.chengdu.schedule.department.DepartmentApi.DepartmentView;
import cn.gov.chengdu.schedule.department.DepartmentApi.UpdateDepartment;

@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "The city departments' registry; its codes are shared by all services")
public class DepartmentResource {

    private final DepartmentService service;
    private final IdempotentCreation idempotency;
    private final Caller caller;

    public DepartmentResource(DepartmentService service, IdempotentCreation idempotency, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "List departments, ordered by code")
    public Page<DepartmentView> list(@QueryParam("pilot") Boolean pilot, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(pilot, limit, cursor);
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "One department")
    @APIResponse(responseCode = "200", description = "The resource; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DepartmentView.class)))
    public Response get(@PathParam("code") String code) {
        DepartmentView view = service.get(code);
        return Versions.ok(view);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a department (admin)")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DepartmentView.class)))
    public Response create(@Valid @NotNull CreateDepartment request,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, caller.subject(), request, () -> {
            DepartmentView view = service.create(request);
            return Versions.created("/api/v1/departments/" + view.code(), view);
        });
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename or re-flag a department (admin); If-Match guards against lost updates")
    @APIResponse(responseCode = "200", description = "The resource; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DepartmentView.class)))
    public Response update(@PathParam("code") String code, @Valid @NotNull UpdateDepartment request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DepartmentView view = service.update(code, request, ifMatch);
        return Versions.ok(view);
    }
}
