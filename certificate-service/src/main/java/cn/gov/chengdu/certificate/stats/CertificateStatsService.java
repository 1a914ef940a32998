package cn.gov.chengdu.certificate.stats;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.chengdu.certificate.stats.CertificateStats.IssuedCount;

/** Counts over the catalogue, the certificates and the requests, each one aggregate query. */
@ApplicationScoped
public class CertificateStatsService {

    private static final String TYPES_BY_STATUS = "select status, count(*) from certificate_type group by status";
    private static final String ISSUED_BY_TYPE = """
            select c.type_code, t.name, count(*) from certificate c join certificate_type t on t.code = c.type_code
            group by c.type_code, t.name order by count(*) desc, c.type_code""";
    private static final String ISSUED_BY_COMMUNITY = """
            select c.community_code, m.name, count(*) from certificate c join community m on m.code = c.community_code
            group by c.community_code, m.name order by count(*) desc, c.community_code""";
    private static final String AVERAGE_PROCESSING_HOURS = """
            select avg(extract(epoch from (decided_at - submitted_at))) / 3600 from certificate_request
            where status = 'ISSUED'""";

    private final EntityManager em;

    public CertificateStatsService(EntityManager em) {
        this.em = em;
    }

    public CertificateStats stats() {
        Map<String, Long> byStatus = rows(TYPES_BY_STATUS).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        long surveyed = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long retained = byStatus.getOrDefault("RETAINED", 0L);
        long abolished = byStatus.getOrDefault("ABOLISHED", 0L);
        Number averageHours =
                (Number) em.createNativeQuery(AVERAGE_PROCESSING_HOURS).getSingleResult();
        return new CertificateStats(
                surveyed,
                retained,
                abolished,
                CertificateStats.reductionPercent(surveyed, abolished),
                issued(ISSUED_BY_TYPE),
                issued(ISSUED_BY_COMMUNITY),
                averageHours == null ? null : averageHours.doubleValue());
    }

    private List<IssuedCount> issued(String sql) {
        return rows(sql).stream()
                .map(row -> new IssuedCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
