package cn.gov.chengdu.certificate.review;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.chengdu.certificate.review.ReviewApi.CastVote;
import cn.gov.chengdu.certificate.review.ReviewApi.VoteView;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeView;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.web.Page;

@Path("/api/v1/certificate-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Joint review", description = "三堂会审: the government service centre, civil affairs and legal affairs vote")
public class ReviewResource {

    private final JointReviewService service;

    public ReviewResource(JointReviewService service) {
        this.service = service;
    }

    @POST
    @Path("{code}/reviews")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Vote APPROVE or REJECT for your review body (from the token's reviewBody claim)")
    public TypeView vote(@PathParam("code") String code, @Valid @NotNull CastVote body) {
        return service.castVote(code, body);
    }

    @GET
    @Path("{code}/reviews")
    @PermitAll
    @Operation(summary = "The votes cast on a type, newest first")
    public Page<VoteView> votes(
            @PathParam("code") String code, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return service.votesOn(code, limit, cursor);
    }
}
