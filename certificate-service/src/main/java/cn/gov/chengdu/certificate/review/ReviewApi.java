package cn.gov.chengdu.certificate.review;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Joint review request and response bodies. */
public final class ReviewApi {

    private ReviewApi() {}

    /** A reviewer's vote; the review body comes from the token, never from the body. */
    public record CastVote(
            @NotNull ReviewDecision decision,
            @NotBlank @Size(max = 2000) String opinion,
            @Size(max = 2000) String note) {}

    public record VoteView(
            int round, ReviewBody reviewBody, ReviewDecision decision, String opinion, OffsetDateTime votedAt) {}
}
