package cn.gov.chengdu.certificate.request;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

import cn.gov.chengdu.certificate.access.ReaderScope;

@ApplicationScoped
public class CertificateRequestRepository implements PanacheRepository<CertificateRequest> {

    /** A request with the names of its type and community, as lists show it. */
    public record Listed(CertificateRequest request, String typeName, String communityName) {}

    /** The request locked for the rest of the transaction: actions on one request run one at a time. */
    public Optional<CertificateRequest> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Newest first (by id), keyset after {@code beforeId}; {@code limit} rows. */
    public List<Listed> page(ReaderScope scope, RequestStatus status, Long beforeId, int limit) {
        if (scope.isNothing()) {
            return List.of();
        }
        StringBuilder query = new StringBuilder("select r, t.name, c.name from CertificateRequest r, CertificateType t,"
                + " Community c where t.code = r.typeCode and c.code = r.communityCode");
        Parameters parameters = new Parameters();
        if (scope.ownerSubject() != null) {
            query.append(" and r.ownerSubject = :owner");
            parameters.and("owner", scope.ownerSubject());
        }
        if (scope.communityCode() != null) {
            query.append(" and r.communityCode = :community");
            parameters.and("community", scope.communityCode());
        }
        if (status != null) {
            query.append(" and r.status = :status");
            parameters.and("status", status);
        }
        if (beforeId != null) {
            query.append(" and r.id < :before");
            parameters.and("before", beforeId);
        }
        query.append(" order by r.id desc");
        var typed =
                getEntityManager().createQuery(query.toString(), Object[].class).setMaxResults(limit);
        parameters.map().forEach(typed::setParameter);
        return typed.getResultList().stream()
                .map(row -> new Listed((CertificateRequest) row[0], (String) row[1], (String) row[2]))
                .toList();
    }
}
