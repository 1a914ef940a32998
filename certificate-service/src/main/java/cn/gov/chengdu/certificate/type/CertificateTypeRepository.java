package cn.gov.chengdu.certificate.type;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

import cn.gov.chengdu.persistence.LikePatterns;

@ApplicationScoped
public class CertificateTypeRepository implements PanacheRepository<CertificateType> {

    public Optional<CertificateType> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The type, locked for the rest of the transaction: votes and publications on one type run one at a time. */
    public Optional<CertificateType> lockByCode(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Keyset page by code, optionally of one status and/or containing a text in name, aliases or code. */
    public List<CertificateType> page(String afterCode, CertificateTypeStatus status, String text, int limit) {
        StringBuilder query = new StringBuilder("code > :after");
        Parameters parameters = Parameters.with("after", afterCode == null ? "" : afterCode);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (text != null) {
            query.append(" and (searchText ilike :text or code ilike :text)");
            parameters.and("text", LikePatterns.containing(text));
        }
        return find(query.append(" order by code").toString(), parameters)
                .page(0, limit)
                .list();
    }

    public List<CertificateType> withStatusIn(List<CertificateTypeStatus> statuses) {
        return list("status in ?1 order by code", statuses);
    }

    /** Types of these statuses, locked for the rest of the transaction, in code order (a fixed order avoids deadlocks). */
    public List<CertificateType> lockWithStatusIn(List<CertificateTypeStatus> statuses) {
        return find("status in ?1 order by code", statuses)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public long countByStatus(CertificateTypeStatus status) {
        return count("status", status);
    }
}
