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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.chengdu.certificate.review.ReviewApi.CastVote;
import cn.gov.chengdu.certificate.review.ReviewApi.VoteView;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeView;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Caller;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;

@Path("/api/v1/certificate-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Joint review", description = "三堂会审: the government service centre, civil affairs and legal affairs vote")
public class ReviewResource {

    private final JointReviewService service;
    private final Caller caller;

    public ReviewResource(JointReviewService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("{code}/reviews")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Vote APPROVE or REJECT for your review body (from the token's reviewBody claim)")
    @APIResponse(responseCode = "200", description = "The resource; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TypeView.class)))
    public Response vote(@PathParam("code") String code, @Valid @NotNull CastVote request) {
        TypeView view = service.castVote(code, reviewBody(), request, caller.as(Roles.REVIEWER));
        return Versions.ok(view);
    }

    @GET
    @Path("{code}/reviews")
    @PermitAll
    @Operation(summary = "The votes cast on a type, newest first")
    public Page<VoteView> votes(@PathParam("code") String code, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.votesOn(code, limit, cursor);
    }

    private ReviewBody reviewBody() {
        String claim = caller.reviewBody().orElseThrow(
                () -> ProblemException.forbidden("Your token names no review body (claim reviewBody)"));
        try {
            return ReviewBody.valueOf(claim);
        } catch (IllegalArgumentException e) {
            throw ProblemException.forbidden("Your token's review body " + claim + " is not one of "
                    + java.util.Arrays.toString(ReviewBody.values()));
        }
    }
}
