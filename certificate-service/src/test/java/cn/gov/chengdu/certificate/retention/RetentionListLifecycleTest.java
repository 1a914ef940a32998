package cn.gov.chengdu.certificate.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.certificate.type.AbolitionReason;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;
import cn.gov.chengdu.certificate.type.IssuingLevel;
import cn.gov.chengdu.certificate.type.StatusChange;
import cn.gov.chengdu.certificate.type.StoredLegalBasis;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;

/** A retention list's lifecycle, without a database. */
class RetentionListLifecycleTest {

    private static final Actor ADMIN = new Actor("admin-1", "admin");
    private static final Instant T0 = Instant.parse("2017-04-10T02:00:00Z");

    private static CertificateType approved(long id, String code) {
        CertificateType type = new CertificateType(code);
        type.id = id;
        type.draft(
                new CertificateType.Content(
                        code + "证明",
                        List.of(),
                        null,
                        null,
                        IssuingLevel.ANY,
                        null,
                        List.of(new StoredLegalBasis("《条例》", null, null)),
                        List.of(),
                        null,
                        null,
                        null),
                ADMIN,
                T0,
                null);
        type.submitForReview(ADMIN, T0, null);
        type.approve(ADMIN, T0, null);
        return type;
    }

    @Test
    void publishingRetainsTheListedAndAbolishesTheRetainedLeftOut() {
        CertificateType kept = approved(1, "A");
        CertificateType dropped = approved(2, "B");
        dropped.retain(ADMIN, T0, null);
        RetentionList list = RetentionList.draft(
                " 2018 清单 ", LocalDate.of(2018, 1, 1), "第二版", List.of(kept, dropped), Set.of("B"), ADMIN, T0);
        assertEquals("2018 清单", list.title);
        assertEquals("第二版", list.note);
        assertEquals(List.of("A"), list.items.stream().map(i -> i.typeCode).toList());

        List<StatusChange> changes = list.publish(List.of(kept, dropped), ADMIN, T0.plusSeconds(60), "发布");
        assertEquals(2, changes.size());
        assertEquals(CertificateTypeStatus.RETAINED, kept.status);
        assertEquals(CertificateTypeStatus.ABOLISHED, dropped.status);
        assertEquals(AbolitionReason.REMOVED_FROM_LIST, dropped.abolitionReason);
        assertEquals(RetentionListStatus.PUBLISHED, list.status);
        assertEquals(T0.plusSeconds(60), list.publishedAt);
        assertEquals(
                "ILLEGAL_TRANSITION",
                assertThrows(ProblemException.class, () -> list.publish(List.of(kept), ADMIN, T0, null))
                        .code());
    }

    @Test
    void aDraftNeedsSomethingToListAndExcludesOnlyRetainableTypes() {
        CertificateType a = approved(1, "A");
        assertEquals(
                "CERTIFICATE_TYPE_NOT_RETAINABLE",
                assertThrows(
                                ProblemException.class,
                                () -> RetentionList.draft(
                                        "t", LocalDate.of(2018, 1, 1), null, List.of(a), Set.of("Z"), ADMIN, T0))
                        .code());
        assertEquals(
                "EMPTY_RETENTION_LIST",
                assertThrows(
                                ProblemException.class,
                                () -> RetentionList.draft(
                                        "t", LocalDate.of(2018, 1, 1), null, List.of(a), Set.of("A"), ADMIN, T0))
                        .code());
    }

    @Test
    void aDraftWhoseTypesMovedOnIsOutdated() {
        CertificateType a = approved(1, "A");
        RetentionList list = RetentionList.draft("t", LocalDate.of(2018, 1, 1), null, List.of(a), Set.of(), ADMIN, T0);
        ProblemException e = assertThrows(ProblemException.class, () -> list.publish(List.of(), ADMIN, T0, null));
        assertEquals("RETENTION_LIST_OUTDATED", e.code());
        assertEquals(RetentionListStatus.DRAFT, list.status);
    }
}
