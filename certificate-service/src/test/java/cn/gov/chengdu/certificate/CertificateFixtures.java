package cn.gov.chengdu.certificate;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.chengdu.certificate.community.CommunityLevel;
import cn.gov.chengdu.certificate.request.ResidentIdNumber;
import cn.gov.chengdu.certificate.type.IssuingLevel;

/**
 * Test data written straight into the database, each call in its own transaction and with fresh codes: the
 * catalogue states requests need (retained, abolished, under review), communities of both levels, and the
 * back-dating that makes a certificate expired.
 */
@ApplicationScoped
public class CertificateFixtures {

    /** The template of every retained fixture type: two required fields and an optional one. */
    public static final String TEMPLATE = """
            {"title": "居住证明",
             "body": "兹证明{{applicantName}}（公民身份号码：{{idNumber}}）自{{since}}起居住在{{address}}。{{remark}}\\n特此证明。",
             "fields": [{"name": "since", "label": "起始日期", "required": true},
                        {"name": "address", "label": "居住地址", "required": true},
                        {"name": "remark", "label": "备注", "required": false}]}""";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final EntityManager em;

    public CertificateFixtures(EntityManager em) {
        this.em = em;
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

    @Transactional
    public String retainedType(IssuingLevel level, Integer validityDays) {
        return insertType("RETAINED", level, validityDays, TEMPLATE, "居住证明");
    }

    /** A retained type with the given name and template (e.g. text that must come out escaped). */
    @Transactional
    public String retainedTypeWithText(String name, String templateJson) {
        return insertType("RETAINED", IssuingLevel.ANY, 30, templateJson, name);
    }

    @Transactional
    public String retainedTypeWithoutTemplate() {
        return insertType("RETAINED", IssuingLevel.ANY, 30, null, "无范本证明");
    }

    @Transactional
    public String typeUnderReview() {
        return insertType("UNDER_REVIEW", IssuingLevel.ANY, 30, TEMPLATE, "在审证明");
    }

    @Transactional
    public String abolishedType(String detail, String alternative) {
        String code = insertType("ABOLISHED", IssuingLevel.ANY, null, TEMPLATE, "亲属关系证明");
        em.createNativeQuery("update certificate_type set abolition_reason = 'NO_LEGAL_BASIS', abolition_detail = ?2,"
                + " abolition_alternative = ?3 where code = ?1")
                .setParameter(1, code).setParameter(2, detail).setParameter(3, alternative).executeUpdate();
        return code;
    }

    /** Moves a certificate's issue and expiry {@code days} into the past. */
    @Transactional
    public void backdateCertificate(String number, int days) {
        em.createNativeQuery("update certificate set issued_at = issued_at - make_interval(days => ?2),"
                + " expires_at = expires_at - make_interval(days => ?2) where number = ?1")
                .setParameter(1, number).setParameter(2, days).executeUpdate();
    }

    /** Moves a request's submission {@code hours} into the past. */
    @Transactional
    public void backdateSubmission(long requestId, int hours) {
        em.createNativeQuery("update certificate_request set submitted_at = submitted_at - make_interval(hours => ?2)"
                + " where id = ?1").setParameter(1, requestId).setParameter(2, hours).executeUpdate();
    }

    @Transactional
    public long certificatesOfRequest(long requestId) {
        return ((Number) em.createNativeQuery("select count(*) from certificate where request_id = ?1")
                .setParameter(1, requestId).getSingleResult()).longValue();
    }

    private String insertType(String status, IssuingLevel level, Integer validityDays, String template, String name) {
        String code = "RQT-" + SEQUENCE.incrementAndGet();
        em.createNativeQuery("insert into certificate_type (code, name, issuing_level, validity_days, template, status,"
                + " abolition_reason, legal_bases, required_materials, search_text) values (?1, ?2, ?3, ?4,"
                + " cast(?5 as jsonb), ?6, case when ?6 = 'ABOLISHED' then 'NO_LEGAL_BASIS' end,"
                + " '[{\"law\": \"《测试条例》\", \"article\": \"第一条\"}]', '[\"居民身份证\"]', ?2)")
                .setParameter(1, code)
                .setParameter(2, name)
                .setParameter(3, level.name())
                .setParameter(4, validityDays == null ? 1 : validityDays)
                .setParameter(5, template == null ? "{}" : template)
                .setParameter(6, status)
                .executeUpdate();
        if (validityDays == null) {
            em.createNativeQuery("update certificate_type set validity_days = null where code = ?1")
                    .setParameter(1, code).executeUpdate();
        }
        if (template == null) {
            em.createNativeQuery("update certificate_type set template = null where code = ?1")
                    .setParameter(1, code).executeUpdate();
        }
        return code;
    }
}
