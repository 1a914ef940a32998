package cn.gov.chengdu.certificate;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.chengdu.certificate.community.CommunityLevel;
import cn.gov.chengdu.certificate.request.ResidentIdNumber;
import cn.gov.chengdu.certificate.type.AbolitionReason;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeRepository;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;
import cn.gov.chengdu.certificate.type.IssuingLevel;
import cn.gov.chengdu.certificate.type.StatusChange;
import cn.gov.chengdu.certificate.type.StatusChangeRepository;
import cn.gov.chengdu.certificate.type.StoredLegalBasis;
import cn.gov.chengdu.certificate.type.StoredTemplate;
import cn.gov.chengdu.common.security.Actor;

/**
 * Test data written straight into the database, each call in its own transaction and with fresh codes: the
 * catalogue states requests need (retained, abolished, under review) made through the catalogue's own lifecycle
 * and repository (the one writer of {@code certificate_type}), communities of both levels, and the back-dating that
 * makes a certificate expired. Faster than {@link cn.gov.chengdu.certificate.type.CatalogueFixtures}, which goes
 * through the API as an admin and the reviewers would.
 */
@ApplicationScoped
public class CertificateFixtures {

    /** The template of every retained fixture type: two required fields and an optional one. */
    public static final StoredTemplate TEMPLATE = new StoredTemplate(
            "居住证明",
            "兹证明{{applicantName}}（公民身份号码：{{idNumber}}）自{{since}}起居住在{{address}}。{{remark}}\n特此证明。",
            List.of(
                    new StoredTemplate.Field("since", "起始日期", true),
                    new StoredTemplate.Field("address", "居住地址", true),
                    new StoredTemplate.Field("remark", "备注", false)));

    private static final Actor FIXTURES = new Actor("test-fixtures", "admin");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final EntityManager em;
    private final CertificateTypeRepository types;
    private final StatusChangeRepository history;

    public CertificateFixtures(EntityManager em, CertificateTypeRepository types, StatusChangeRepository history) {
        this.em = em;
        this.types = types;
        this.history = history;
    }

    /** A valid citizen identity number (check character per GB 11643) that differs by {@code sequence}. */
    public static String idNumber(int sequence) {
        String first17 = String.format("51010419900307%03d", sequence % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @Transactional
    public String community(CommunityLevel level) {
        String code = "RQC-" + SEQUENCE.incrementAndGet();
        em.createNativeQuery("insert into community (code, name, district, level) values (?1, ?2, '武侯区', ?3)")
                .setParameter(1, code)
                .setParameter(2, (level == CommunityLevel.VILLAGE ? "测试村" : "测试社区") + code)
                .setParameter(3, level.name())
                .executeUpdate();
        return code;
    }

    /** A type on the retention list (without publishing a list), of the fixture template. */
    @Transactional
    public String retainedType(IssuingLevel level, Integer validityDays) {
        return type(CertificateTypeStatus.RETAINED, "居住证明", level, validityDays, TEMPLATE, null, null);
    }

    /** A retained type with the given name and template (e.g. text that must come out escaped). */
    @Transactional
    public String retainedTypeWith(String name, StoredTemplate template) {
        return type(CertificateTypeStatus.RETAINED, name, IssuingLevel.ANY, 30, template, null, null);
    }

    @Transactional
    public String retainedTypeWithoutTemplate() {
        return type(CertificateTypeStatus.RETAINED, "无范本证明", IssuingLevel.ANY, 30, null, null, null);
    }

    @Transactional
    public String typeUnderReview() {
        return type(CertificateTypeStatus.UNDER_REVIEW, "在审证明", IssuingLevel.ANY, 30, TEMPLATE, null, null);
    }

    /** Abolished from the draft for want of a legal basis, with what it means and what to do instead. */
    @Transactional
    public String abolishedType(String detail, String alternative) {
        return type(CertificateTypeStatus.ABOLISHED, "亲属关系证明", IssuingLevel.ANY, null, TEMPLATE, detail, alternative);
    }

    /**
     * A large catalogue for benchmarks: one type per name (code {@code <prefix>-<index>}, the name's alias given),
     * every {@code retainedEvery}-th retained, the others abolished for want of a legal basis; written through the
     * same lifecycle and repository as everything else, in one transaction.
     */
    @Transactional
    public void bulkCatalogue(String prefix, List<String> names, List<String> aliases, int retainedEvery) {
        Instant now = Instant.now();
        for (int i = 0; i < names.size(); i++) {
            boolean retained = i % retainedEvery == 0;
            CertificateType type = new CertificateType(prefix + "-" + i);
            StatusChange drafted = type.draft(
                    new CertificateType.Content(
                            names.get(i),
                            List.of(aliases.get(i)),
                            null,
                            null,
                            IssuingLevel.ANY,
                            null,
                            retained ? List.of(new StoredLegalBasis("《测试条例》", "第一条", null)) : List.of(),
                            List.of(),
                            null,
                            null,
                            null),
                    FIXTURES,
                    now,
                    null);
            types.persist(type);
            history.record(drafted);
            if (retained) {
                history.record(
                        type.submitForReview(FIXTURES, now, null),
                        type.approve(FIXTURES, now, null),
                        type.retain(FIXTURES, now, null));
            } else {
                history.record(type.abolish(AbolitionReason.NO_LEGAL_BASIS, "没有法律依据", null, FIXTURES, now));
            }
            if (i % 500 == 499) {
                types.flush();
                em.clear();
            }
        }
        types.flush();
        em.createNativeQuery("ANALYZE certificate_type").executeUpdate();
    }

    /** Moves a certificate's issue and expiry {@code days} into the past. */
    @Transactional
    public void backdateCertificate(String number, int days) {
        em.createNativeQuery("update certificate set issued_at = issued_at - make_interval(days => ?2),"
                        + " expires_at = expires_at - make_interval(days => ?2) where number = ?1")
                .setParameter(1, number)
                .setParameter(2, days)
                .executeUpdate();
    }

    /** Moves a request's submission {@code hours} into the past. */
    @Transactional
    public void backdateSubmission(long requestId, int hours) {
        em.createNativeQuery("update certificate_request set submitted_at = submitted_at - make_interval(hours => ?2)"
                        + " where id = ?1")
                .setParameter(1, requestId)
                .setParameter(2, hours)
                .executeUpdate();
    }

    @Transactional
    public long certificatesOfRequest(long requestId) {
        return ((Number) em.createNativeQuery("select count(*) from certificate where request_id = ?1")
                        .setParameter(1, requestId)
                        .getSingleResult())
                .longValue();
    }

    /** A type taken through its lifecycle to {@code status}. */
    private String type(
            CertificateTypeStatus status,
            String name,
            IssuingLevel level,
            Integer validityDays,
            StoredTemplate template,
            String abolitionDetail,
            String alternative) {
        String code = "RQT-" + SEQUENCE.incrementAndGet();
        Instant now = Instant.now();
        CertificateType type = new CertificateType(code);
        StatusChange drafted = type.draft(
                new CertificateType.Content(
                        name,
                        List.of(),
                        null,
                        null,
                        level,
                        null,
                        List.of(new StoredLegalBasis("《测试条例》", "第一条", null)),
                        List.of("居民身份证"),
                        null,
                        validityDays,
                        template),
                FIXTURES,
                now,
                "fixture");
        types.persist(type);
        history.record(drafted);
        switch (status) {
            case DRAFT -> {}
            case UNDER_REVIEW -> history.record(type.submitForReview(FIXTURES, now, null));
            case APPROVED, RETAINED -> {
                history.record(type.submitForReview(FIXTURES, now, null), type.approve(FIXTURES, now, null));
                if (status == CertificateTypeStatus.RETAINED) {
                    history.record(type.retain(FIXTURES, now, null));
                }
            }
            case ABOLISHED ->
                history.record(
                        type.abolish(AbolitionReason.NO_LEGAL_BASIS, abolitionDetail, alternative, FIXTURES, now));
        }
        types.flush();
        return code;
    }
}
