package cn.gov.chengdu.certificate.community;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.chengdu.certificate.community.CommunityApi.CommunityView;
import cn.gov.chengdu.common.web.Page;

@Path("/api/v1/communities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communities", description = "The villages and communities that issue certificates")
public class CommunityResource {

    private final CommunityService service;

    public CommunityResource(CommunityService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "List issuing villages and communities by code, optionally of one district or level")
    public Page<CommunityView> list(
            @QueryParam("district") String district,
            @QueryParam("level") CommunityLevel level,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(district, level, limit, cursor);
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "One village or community")
    public CommunityView get(@PathParam("code") String code) {
        return service.get(code);
    }
}
