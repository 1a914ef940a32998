package cn.gov.chengdu.certificate.review;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.chengdu.certificate.review.ReviewApi.CastVote;
import cn.gov.chengdu.certificate.review.ReviewApi.VoteView;
import cn.gov.chengdu.certificate.type.AbolitionReason;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeView;
import cn.gov.chengdu.certificate.type.CertificateTypeLifecycle;
import cn.gov.chengdu.certificate.type.CertificateTypeService;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;
import cn.gov.chengdu.common.time.BusinessClock;
import cn.gov.chengdu.common.web.Cursors;
import cn.gov.chengdu.common.web.Page;

/**
 * The joint review (三堂会审): each of the three bodies votes once per round. All three APPROVE → APPROVED; any
 * REJECT → ABOLISHED ({@code REJECTED_IN_REVIEW}, or {@code NO_LEGAL_BASIS} for a type without one). A type with
 * no legal basis can never be approved. Votes on one type are serialised by a row lock on the type, and the
 * database's unique key keeps one vote per body per round even then.
 */
@ApplicationScoped
public class JointReviewService {

    public static final String REVIEW_ALREADY_CAST = "REVIEW_ALREADY_CAST";

    private final CertificateTypeService types;
    private final CertificateTypeLifecycle lifecycle;
    private final ReviewVoteRepository votes;
    private final BusinessClock clock;

    public JointReviewService(CertificateTypeService types, CertificateTypeLifecycle lifecycle,
            ReviewVoteRepository votes, BusinessClock clock) {
        this.types = types;
        this.lifecycle = lifecycle;
        this.votes = votes;
        this.clock = clock;
    }

    @Transactional
    public TypeView castVote(String code, ReviewBody body, CastVote request, Actor reviewer) {
        CertificateType type = types.lock(code);
        if (type.status != CertificateTypeStatus.UNDER_REVIEW) {
            throw ProblemException.conflict(CertificateTypeLifecycle.ILLEGAL_TRANSITION,
                    "Certificate type " + code + " is " + type.status + ", not UNDER_REVIEW: there is nothing to vote on")
                    .with("currentStatus", type.status.name());
        }
        List<ReviewVote> round = votes.ofRound(type.id, type.reviewRound);
        Optional<ReviewVote> already = round.stream().filter(v -> v.reviewBody == body).findFirst();
        if (already.isPresent()) {
            throw ProblemException.conflict(REVIEW_ALREADY_CAST, body + " has already voted "
                    + already.get().decision + " in review round " + type.reviewRound + " of " + code);
        }
        if (request.decision() == ReviewDecision.APPROVE && !type.hasLegalBasis()) {
            throw ProblemException.unprocessable(CertificateTypeLifecycle.NO_LEGAL_BASIS,
                    "Certificate type " + code + " has no legal basis; it can only be rejected");
        }
        ReviewVote vote = new ReviewVote();
        vote.typeId = type.id;
        vote.round = type.reviewRound;
        vote.reviewBody = body;
        vote.decision = request.decision();
        vote.opinion = request.opinion().strip();
        vote.reviewer = reviewer.subject();
        votes.persistAndFlush(vote);

        if (vote.decision == ReviewDecision.REJECT) {
            AbolitionReason reason = type.hasLegalBasis() ? AbolitionReason.REJECTED_IN_REVIEW
                    : AbolitionReason.NO_LEGAL_BASIS;
            lifecycle.abolish(type, reason, body + ": " + vote.opinion, null, reviewer);
        } else if (approvedByAll(round, vote)) {
            lifecycle.approve(type, reviewer, joinNote("approved by all three review bodies", request.note()));
        }
        return types.view(type);
    }

    public Page<VoteView> votesOn(String code, Integer limit, String cursor) {
        CertificateType type = types.find(code);
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        List<ReviewVote> rows = votes.ofType(type.id, after == null ? null : Cursors.number(after.get(0)), size + 1);
        return Page.fromRows(rows, size, this::view, v -> Cursors.encode(v.id.toString()));
    }

    private static boolean approvedByAll(List<ReviewVote> earlier, ReviewVote latest) {
        Set<ReviewBody> approving = EnumSet.of(latest.reviewBody);
        earlier.stream().filter(v -> v.decision == ReviewDecision.APPROVE).forEach(v -> approving.add(v.reviewBody));
        return approving.containsAll(EnumSet.allOf(ReviewBody.class));
    }

    private static String joinNote(String what, String note) {
        return note == null || note.isBlank() ? what : what + "; " + note.strip();
    }

    private VoteView view(ReviewVote v) {
        return new VoteView(v.round, v.reviewBody, v.decision, v.opinion, clock.toWire(v.votedAt));
    }
}
