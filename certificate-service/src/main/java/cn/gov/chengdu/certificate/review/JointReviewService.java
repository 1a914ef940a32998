package cn.gov.chengdu.certificate.review;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.chengdu.certificate.access.AccessPolicy;
import cn.gov.chengdu.certificate.review.ReviewApi.CastVote;
import cn.gov.chengdu.certificate.review.ReviewApi.VoteView;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeView;
import cn.gov.chengdu.certificate.type.CertificateTypeService;
import cn.gov.chengdu.certificate.type.StatusChangeRepository;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.time.BusinessClock;
import cn.gov.chengdu.common.web.Cursors;
import cn.gov.chengdu.common.web.Page;

/**
 * The joint review (三堂会审) over HTTP: a reviewer votes for the review body their token names; the rules are
 * {@link ReviewRound}'s. Votes on one type are serialised by a row lock on the type, and the database's unique key
 * keeps one vote per body per round even then.
 */
@ApplicationScoped
public class JointReviewService {

    private final CertificateTypeService types;
    private final StatusChangeRepository history;
    private final ReviewVoteRepository votes;
    private final AccessPolicy access;
    private final BusinessClock clock;

    public JointReviewService(
            CertificateTypeService types,
            StatusChangeRepository history,
            ReviewVoteRepository votes,
            AccessPolicy access,
            BusinessClock clock) {
        this.types = types;
        this.history = history;
        this.votes = votes;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public TypeView castVote(String code, CastVote vote) {
        ReviewBody body = callersReviewBody();
        CertificateType type = types.lock(code);
        ReviewRound.Outcome outcome = ReviewRound.of(type, votes.ofRound(type.id, type.reviewRound))
                .cast(
                        body,
                        vote.decision(),
                        vote.opinion(),
                        null,
                        vote.note(),
                        access.actingAs(Roles.REVIEWER),
                        clock.now());
        votes.persist(outcome.vote());
        history.record(outcome.change());
        votes.flush();
        return types.view(type);
    }

    public Page<VoteView> votesOn(String code, Integer limit, String cursor) {
        CertificateType type = types.find(code);
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        List<ReviewVote> rows = votes.ofType(type.id, after == null ? null : Cursors.number(after.get(0)), size + 1);
        return Page.fromRows(rows, size, this::view, v -> Cursors.encode(v.id.toString()));
    }

    /** The review body of the caller's token (claim {@code reviewBody}): 403 without a valid one. */
    private ReviewBody callersReviewBody() {
        String claim = access.reviewBody()
                .orElseThrow(() -> ProblemException.forbidden("Your token names no review body (claim reviewBody)"));
        try {
            return ReviewBody.valueOf(claim);
        } catch (IllegalArgumentException e) {
            throw ProblemException.forbidden(
                    "Your token's review body " + claim + " is not one of " + Arrays.toString(ReviewBody.values()));
        }
    }

    private VoteView view(ReviewVote v) {
        return new VoteView(v.round, v.reviewBody, v.decision, v.opinion, clock.toWire(v.votedAt));
    }
}
