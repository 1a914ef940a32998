package cn.gov.chengdu.certificate.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;

/** The catalogue's state machine, without a database. */
class CertificateTypeLifecycleTest {

    static final Actor ADMIN = new Actor("admin-1", "admin");
    static final Instant T0 = Instant.parse("2017-01-10T02:00:00Z");

    static CertificateType draft(boolean withLegalBasis) {
        CertificateType type = new CertificateType("T-1");
        type.draft(
                new CertificateType.Content(
                        " 居住证明 ",
                        List.of(" 住址证明 ", "住址证明"),
                        null,
                        null,
                        IssuingLevel.ANY,
                        null,
                        withLegalBasis ? List.of(new StoredLegalBasis("《社会救助暂行办法》", null, null)) : List.of(),
                        List.of(),
                        null,
                        90,
                        null),
                ADMIN,
                T0,
                "drafted");
        return type;
    }

    @Test
    void aDraftIsNormalisedAndItsFirstStepRecorded() {
        CertificateType type = new CertificateType("T-1");
        StatusChange first = type.draft(
                new CertificateType.Content(
                        " 居住证明 ",
                        List.of(" 住址证明 ", "住址证明"),
                        null,
                        null,
                        IssuingLevel.ANY,
                        null,
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null),
                ADMIN,
                T0,
                "drafted");
        assertEquals(CertificateTypeStatus.DRAFT, type.status);
        assertEquals("居住证明", type.name);
        assertEquals(List.of("住址证明"), type.aliases);
        assertNull(first.fromStatus);
        assertEquals(CertificateTypeStatus.DRAFT, first.toStatus);
        assertEquals("admin-1", first.actor);
        assertEquals(T0, first.changedAt);
        assertEquals(T0, type.createdAt);
        type.deriveSearchText();
        assertEquals("居住证明 住址证明", type.searchText);
    }

    @Test
    void theWholeWayToRetainedAtTheGivenInstants() {
        CertificateType type = draft(true);
        StatusChange submitted = type.submitForReview(ADMIN, T0.plusSeconds(60), "三堂会审");
        assertEquals(1, type.reviewRound);
        assertEquals(CertificateTypeStatus.DRAFT, submitted.fromStatus);
        type.approve(ADMIN, T0.plusSeconds(120), null);
        StatusChange retained = type.retain(ADMIN, T0.plusSeconds(180), "listed");
        assertEquals(CertificateTypeStatus.RETAINED, type.status);
        assertEquals(CertificateTypeStatus.APPROVED, retained.fromStatus);
        assertEquals(T0.plusSeconds(180), type.updatedAt);
        assertNull(type.retain(ADMIN, T0.plusSeconds(240), "again"), "retaining a retained type changes nothing");
    }

    @Test
    void illegalStepsAre409WithWhatIsAllowed() {
        CertificateType type = draft(true);
        ProblemException e = assertThrows(ProblemException.class, () -> type.approve(ADMIN, T0, null));
        assertEquals(409, e.status());
        assertEquals("ILLEGAL_TRANSITION", e.code());
        assertEquals("DRAFT", e.extensions().get("currentStatus"));
        assertEquals(List.of("ABOLISHED", "UNDER_REVIEW"), e.extensions().get("allowed"));
        type.abolish(AbolitionReason.NO_LEGAL_BASIS, "没有依据", "书面承诺", ADMIN, T0);
        ProblemException fromAbolished =
                assertThrows(ProblemException.class, () -> type.submitForReview(ADMIN, T0, null));
        assertEquals(List.of(), fromAbolished.extensions().get("allowed"));
    }

    @Test
    void onlyADraftIsEditableAndNothingWithoutALegalBasisIsApproved() {
        CertificateType type = draft(false);
        type.submitForReview(ADMIN, T0, null);
        assertEquals(
                "CERTIFICATE_TYPE_NOT_EDITABLE",
                assertThrows(
                                ProblemException.class,
                                () -> type.edit(
                                        new CertificateType.Content(
                                                "x",
                                                null,
                                                null,
                                                null,
                                                IssuingLevel.ANY,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null),
                                        T0))
                        .code());
        ProblemException noBasis = assertThrows(ProblemException.class, () -> type.approve(ADMIN, T0, null));
        assertEquals(422, noBasis.status());
        assertEquals("NO_LEGAL_BASIS", noBasis.code());
    }

    @Test
    void abolishingKeepsTheReasonAndTheAlternative() {
        CertificateType type = draft(false);
        StatusChange change = type.abolish(AbolitionReason.NO_LEGAL_BASIS, "没有法律依据", "由申请人书面承诺", ADMIN, T0);
        assertEquals(CertificateTypeStatus.ABOLISHED, type.status);
        assertEquals("由申请人书面承诺", type.abolitionAlternative);
        assertEquals("没有法律依据", change.note);
    }
}
