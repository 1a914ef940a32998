package cn.gov.chengdu.petition.category;

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
import cn.gov.chengdu.petition.category.PetitionCategoryApi.CreateCategory;
import cn.gov.chengdu.petition.category.PetitionCategoryApi.CategoryView;
import cn.gov.chengdu.petition.category.PetitionCategoryApi.UpdateCategory;

@Path("/api/v1/petition-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Petition categories", description = "Categories with their handling department and deadline in working days")
public class PetitionCategoryResource {

    private final PetitionCategoryService service;
    private final IdempotentCreation idempotency;

    public PetitionCategoryResource(PetitionCategoryService service, IdempotentCreation idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @PermitAll
    @Operation(summary = "List petition categories, ordered by code")
    public Page<CategoryView> list(@QueryParam("department") String departmentCode, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(departmentCode, limit, cursor);
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "One petition category")
    public CategoryView get(@PathParam("code") String code) {
        return service.get(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = CategoryView.class, responseCode = "201")
    @Operation(summary = "Create a petition category (admin)")
    public RestResponse<CategoryView> create(@Valid @NotNull CreateCategory body,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, body, () -> {
            CategoryView view = service.create(body);
            return Versions.created("/api/v1/petition-categories/" + view.code(), view);
        });
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a category (admin); If-Match guards against lost updates")
    public CategoryView update(@PathParam("code") String code, @Valid @NotNull UpdateCategory body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.update(code, body, ifMatch);
    }
}
