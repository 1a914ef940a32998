package cn.gov.chengdu.certificate.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class RetentionListRepository implements PanacheRepository<RetentionList> {

    /** Newest first, keyset by id. */
    public List<RetentionList> page(Long beforeId, int limit) {
        return (beforeId == null ? find("order by id desc") : find("id < ?1 order by id desc", beforeId))
                .page(0, limit)
                .list();
    }

    /** The published list in force on {@code day}: the latest effective date not after it, then the latest published. */
    public Optional<RetentionList> inForceOn(LocalDate day) {
        return find(
                        "status = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc, publishedAt desc",
                        RetentionListStatus.PUBLISHED,
                        day)
                .firstResultOptional();
    }

    public Optional<RetentionList> lockById(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
