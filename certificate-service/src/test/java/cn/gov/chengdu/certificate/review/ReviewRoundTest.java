package cn.gov.chengdu.certificate.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.certificate.type.AbolitionReason;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;
import cn.gov.chengdu.certificate.type.IssuingLevel;
import cn.gov.chengdu.certificate.type.StoredLegalBasis;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;

/** The joint review's rules, without a database. */
class ReviewRoundTest {

    private static final Actor ADMIN = new Actor("admin-1", "admin");
    private static final Actor REVIEWER = new Actor("reviewer-1", "reviewer");
    private static final Instant T0 = Instant.parse("2017-02-20T02:00:00Z");

    private static CertificateType underReview(boolean withLegalBasis) {
        CertificateType type = new CertificateType("T-1");
        type.id = 1L;
        type.draft(
                new CertificateType.Content(
                        "居住证明",
                        List.of(),
                        null,
                        null,
                        IssuingLevel.ANY,
                        null,
                        withLegalBasis ? List.of(new StoredLegalBasis("《条例》", null, null)) : List.of(),
                        List.of(),
                        null,
                        null,
                        null),
                ADMIN,
                T0,
                null);
        type.submitForReview(ADMIN, T0, null);
        return type;
    }

    @Test
    void threeApprovalsApproveTheType() {
        CertificateType type = underReview(true);
        List<ReviewVote> cast = new ArrayList<>();
        for (ReviewBody body : ReviewBody.values()) {
            ReviewRound.Outcome outcome = ReviewRound.of(type, cast)
                    .cast(body, ReviewDecision.APPROVE, " 同意 ", null, "会议纪要", REVIEWER, T0.plusSeconds(cast.size()));
            assertEquals("同意", outcome.vote().opinion);
            assertEquals(1, outcome.vote().round);
            cast.add(outcome.vote());
            if (cast.size() < 3) {
                assertNull(outcome.change());
            } else {
                assertEquals(CertificateTypeStatus.APPROVED, outcome.change().toStatus);
                assertEquals("approved by all three review bodies; 会议纪要", outcome.change().note);
            }
        }
        assertEquals(CertificateTypeStatus.APPROVED, type.status);
    }

    @Test
    void oneRejectionAbolishesWithTheBodysOpinion() {
        CertificateType type = underReview(true);
        ReviewRound.Outcome outcome = ReviewRound.of(type, List.of())
                .cast(ReviewBody.LEGAL_AFFAIRS, ReviewDecision.REJECT, "依据不足", "书面承诺", null, REVIEWER, T0);
        assertEquals(CertificateTypeStatus.ABOLISHED, type.status);
        assertEquals(AbolitionReason.REJECTED_IN_REVIEW, type.abolitionReason);
        assertEquals("LEGAL_AFFAIRS: 依据不足", type.abolitionDetail);
        assertEquals("书面承诺", type.abolitionAlternative);
        assertEquals(CertificateTypeStatus.ABOLISHED, outcome.change().toStatus);
    }

    @Test
    void withoutALegalBasisOnlyARejectionWhichAbolishesAsNoLegalBasis() {
        CertificateType type = underReview(false);
        ProblemException approve = assertThrows(
                ProblemException.class,
                () -> ReviewRound.of(type, List.of())
                        .cast(ReviewBody.CIVIL_AFFAIRS, ReviewDecision.APPROVE, "同意", null, null, REVIEWER, T0));
        assertEquals("NO_LEGAL_BASIS", approve.code());
        ReviewRound.of(type, List.of())
                .cast(ReviewBody.CIVIL_AFFAIRS, ReviewDecision.REJECT, "无依据", null, null, REVIEWER, T0);
        assertEquals(AbolitionReason.NO_LEGAL_BASIS, type.abolitionReason);
    }

    @Test
    void oneVotePerBodyAndOnlyUnderReview() {
        CertificateType type = underReview(true);
        ReviewVote first = ReviewRound.of(type, List.of())
                .cast(ReviewBody.CIVIL_AFFAIRS, ReviewDecision.APPROVE, "同意", null, null, REVIEWER, T0)
                .vote();
        assertEquals(
                "REVIEW_ALREADY_CAST",
                assertThrows(
                                ProblemException.class,
                                () -> ReviewRound.of(type, List.of(first))
                                        .cast(
                                                ReviewBody.CIVIL_AFFAIRS,
                                                ReviewDecision.REJECT,
                                                "不同意",
                                                null,
                                                null,
                                                REVIEWER,
                                                T0))
                        .code());
        ReviewRound.of(type, List.of(first))
                .cast(ReviewBody.LEGAL_AFFAIRS, ReviewDecision.REJECT, "不同意", null, null, REVIEWER, T0);
        assertEquals(
                "ILLEGAL_TRANSITION",
                assertThrows(
                                ProblemException.class,
                                () -> ReviewRound.of(type, List.of())
                                        .cast(
                                                ReviewBody.GOV_SERVICE_CENTER,
                                                ReviewDecision.APPROVE,
                                                "同意",
                                                null,
                                                null,
                                                REVIEWER,
                                                T0))
                        .code());
    }
}
