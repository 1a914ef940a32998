package cn.gov.chengdu.certificate.review;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.gov.chengdu.certificate.type.AbolitionReason;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;
import cn.gov.chengdu.certificate.type.StatusChange;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;

/**
 * The round of the joint review (三堂会审) a type is in, with the votes cast in it so far, and what one more vote
 * decides: each of the three bodies votes once per round; all three APPROVE → APPROVED; any REJECT → ABOLISHED
 * ({@code REJECTED_IN_REVIEW}, or {@code NO_LEGAL_BASIS} for a type without one); a type with no legal basis can
 * never be approved. Pure: the caller loads the round (holding the type's row lock) and records the outcome.
 */
public final class ReviewRound {

    public static final String REVIEW_ALREADY_CAST = "REVIEW_ALREADY_CAST";

    /** The vote to record and, when it decided the round, the type's status change. */
    public record Outcome(ReviewVote vote, StatusChange change) {}

    private final CertificateType type;
    private final List<ReviewVote> votes;

    private ReviewRound(CertificateType type, List<ReviewVote> votes) {
        this.type = type;
        this.votes = List.copyOf(votes);
    }

    /** The current round of {@code type}, given the votes cast in it (round {@code type.reviewRound}). */
    public static ReviewRound of(CertificateType type, List<ReviewVote> votesOfCurrentRound) {
        return new ReviewRound(type, votesOfCurrentRound);
    }

    /**
     * {@code body}'s vote. {@code alternative}: what citizens do instead, should the vote abolish the type (may be
     * {@code null}); {@code note}: added to the history when the vote approves the type.
     */
    public Outcome cast(
            ReviewBody body,
            ReviewDecision decision,
            String opinion,
            String alternative,
            String note,
            Actor reviewer,
            Instant at) {
        if (type.status != CertificateTypeStatus.UNDER_REVIEW) {
            throw ProblemException.illegalTransition(
                    "Certificate type " + type.code + " is " + type.status
                            + ", not UNDER_REVIEW: there is nothing to vote on",
                    type.status.name(),
                    type.status.next().stream().map(Enum::name).sorted().toList());
        }
        Optional<ReviewVote> already =
                votes.stream().filter(v -> v.reviewBody == body).findFirst();
        if (already.isPresent()) {
            throw ProblemException.conflict(
                    REVIEW_ALREADY_CAST,
                    body + " has already voted " + already.get().decision + " in review round " + type.reviewRound
                            + " of " + type.code);
        }
        if (decision == ReviewDecision.APPROVE && !type.hasLegalBasis()) {
            throw ProblemException.unprocessable(
                    CertificateType.NO_LEGAL_BASIS,
                    "Certificate type " + type.code + " has no legal basis; it can only be rejected");
        }
        ReviewVote vote =
                new ReviewVote(type.id, type.reviewRound, body, decision, opinion.strip(), reviewer.subject(), at);
        StatusChange change = null;
        if (decision == ReviewDecision.REJECT) {
            AbolitionReason reason =
                    type.hasLegalBasis() ? AbolitionReason.REJECTED_IN_REVIEW : AbolitionReason.NO_LEGAL_BASIS;
            change = type.abolish(reason, body + ": " + vote.opinion, alternative, reviewer, at);
        } else if (approvedByAllWith(body)) {
            change = type.approve(reviewer, at, joinNote("approved by all three review bodies", note));
        }
        return new Outcome(vote, change);
    }

    private boolean approvedByAllWith(ReviewBody latest) {
        Set<ReviewBody> approving = EnumSet.of(latest);
        votes.stream().filter(v -> v.decision == ReviewDecision.APPROVE).forEach(v -> approving.add(v.reviewBody));
        return approving.containsAll(EnumSet.allOf(ReviewBody.class));
    }

    private static String joinNote(String what, String note) {
        return note == null || note.isBlank() ? what : what + "; " + note.strip();
    }
}
