package cn.gov.chengdu.certificate.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.chengdu.certificate.demo.CatalogueHistory.Change;
import cn.gov.chengdu.certificate.demo.CatalogueHistory.TypeHistory;
import cn.gov.chengdu.certificate.demo.CatalogueHistory.Vote;
import cn.gov.chengdu.certificate.review.ReviewBody;
import cn.gov.chengdu.certificate.review.ReviewDecision;
import cn.gov.chengdu.certificate.type.AbolitionReason;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;

class CatalogueHistoryTest {

    private static final Instant START_2016 = Instant.parse("2015-12-31T16:00:00Z");
    private static final Instant END_2017 = Instant.parse("2017-12-31T16:00:00Z");

    private final Map<String, TypeHistory> histories =
            CatalogueHistory.plan(new DemoCatalogue(new DemoFiles(new ObjectMapper())).read()).stream()
                    .collect(Collectors.toMap(h -> h.type().code, Function.identity()));

    @Test
    void aRetainedTypeWasSurveyedIn2016ApprovedByAllThreeBodiesAndRetainedByTheList() {
        TypeHistory history = histories.get("CD-R01");
        assertEquals(
                List.of(
                        CertificateTypeStatus.DRAFT,
                        CertificateTypeStatus.UNDER_REVIEW,
                        CertificateTypeStatus.APPROVED,
                        CertificateTypeStatus.RETAINED),
                to(history));
        assertTrue(history.createdAt().atZone(CatalogueHistory.ZONE).getYear() == 2016);
        assertEquals(CatalogueHistory.LIST_PUBLISHED_AT, history.updatedAt());
        assertEquals(
                Arrays.asList(ReviewBody.values()),
                history.votes().stream().map(Vote::body).toList());
        assertTrue(history.votes().stream().allMatch(v -> v.decision() == ReviewDecision.APPROVE));
        assertTrue(history.votes().get(2).opinion().contains("《社会救助暂行办法》"), "the legal office names the basis");
        assertEquals(1, history.reviewRound());
        assertEquals(3, history.version());
    }

    @Test
    void aRejectedTypeEndsItsRoundWithTheRejectingVote() {
        List<TypeHistory> rejected = histories.values().stream()
                .filter(h -> h.type().abolitionReason == AbolitionReason.REJECTED_IN_REVIEW)
                .toList();
        assertEquals(
                3,
                rejected.stream().map(h -> h.votes().get(2).body()).distinct().count(),
                "each body rejects some");
        for (TypeHistory history : rejected) {
            assertEquals(
                    List.of(
                            CertificateTypeStatus.DRAFT,
                            CertificateTypeStatus.UNDER_REVIEW,
                            CertificateTypeStatus.ABOLISHED),
                    to(history));
            assertEquals(
                    List.of(ReviewDecision.APPROVE, ReviewDecision.APPROVE, ReviewDecision.REJECT),
                    history.votes().stream().map(Vote::decision).toList());
            assertEquals(3, history.votes().stream().map(Vote::body).distinct().count());
            Change last = history.changes().get(2);
            assertEquals(history.votes().get(2).at(), last.at());
            assertEquals(history.votes().get(2).reviewer(), last.actor());
        }
    }

    @Test
    void typesWithoutALegalBasisWereAbolishedFromTheSurveyWithoutReview() {
        TypeHistory history = histories.get("MCA2020-01");
        assertEquals(List.of(CertificateTypeStatus.DRAFT, CertificateTypeStatus.ABOLISHED), to(history));
        assertEquals(history.type().abolitionDetail, history.changes().get(1).note());
        assertEquals(0, history.reviewRound());
        assertTrue(history.votes().isEmpty());
    }

    @Test
    void everyHistoryRunsForwardWithin2016And2017OnAtMostThreeVotes() {
        for (TypeHistory history : histories.values()) {
            Instant previous = START_2016;
            for (Change change : history.changes()) {
                assertTrue(!change.at().isBefore(previous) && change.at().isBefore(END_2017), history.type().code);
                previous = change.at();
            }
            assertTrue(history.votes().size() == 0 || history.votes().size() == 3);
            assertEquals(
                    history.type().status,
                    history.changes().get(history.changes().size() - 1).to());
        }
        assertTrue(CatalogueHistory.LIST_PUBLISHED_AT.isBefore(CatalogueHistory.LIST_EFFECTIVE_FROM
                .atStartOfDay(CatalogueHistory.ZONE)
                .toInstant()));
    }

    private static List<CertificateTypeStatus> to(TypeHistory history) {
        return history.changes().stream().map(Change::to).toList();
    }
}
