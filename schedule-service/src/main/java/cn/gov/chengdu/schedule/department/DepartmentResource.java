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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;
import cn.gov.chengdu.persistence.idempotency.IdempotentCreation;
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

    public DepartmentResource(DepartmentService service, IdempotentCreation idempotency) {
        this.service = service;
        this.idempotency = idempotency;
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
    public DepartmentView get(@PathParam("code") String code) {
        return service.get(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = DepartmentView.class, responseCode = "201")
    @Operation(summary = "Register a department (admin)")
    public RestResponse<DepartmentView> create(@Valid @NotNull CreateDepartment body,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, body, () -> {
            DepartmentView view = service.create(body);
            return Versions.created("/api/v1/departments/" + view.code(), view);
        });
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename or re-flag a department (admin); If-Match guards against lost updates")
    public DepartmentView update(@PathParam("code") String code, @Valid @NotNull UpdateDepartment body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.update(code, body, ifMatch);
    }
}
