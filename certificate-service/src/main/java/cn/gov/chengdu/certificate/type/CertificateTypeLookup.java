package cn.gov.chengdu.certificate.type;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.chengdu.certificate.type.CertificateTypeApi.Abolition;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.LookupHit;
import cn.gov.chengdu.common.problem.ProblemException;

/**
 * "Is this certificate still required?": finds types by name or alias from partial Chinese input, ranked.
 * <p>
 * Ranking: an exact name scores 1, a name that starts with the input 0.95, a name or alias that contains it
 * 0.9; otherwise pg_trgm's {@code word_similarity} (the best match of the input inside the name and aliases),
 * which also catches an extra or missing character (threshold 0.5, set on the connection in
 * application.properties). Candidates come through the trigram GIN index
 * ({@code ILIKE} and the {@code <%} operator); ties go to retained types, then by code.
 */
@ApplicationScoped
public class CertificateTypeLookup {

    private static final int MAX_QUERY_LENGTH = 50;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String SQL = """
            SELECT code, name, aliases, status, abolition_reason, abolition_detail, abolition_alternative, score
            FROM (
                SELECT t.*, CASE
                        WHEN t.name = :q THEN 1.0
                        WHEN t.name ILIKE :prefix THEN 0.95
                        WHEN t.search_text ILIKE :contains THEN 0.9
                        ELSE public.word_similarity(:q, t.search_text) END AS score
                FROM certificate_type t
                WHERE t.search_text ILIKE :contains OR :q OPERATOR(public.<%) t.search_text
            ) ranked
            ORDER BY score DESC, (status = 'RETAINED') DESC, code
            LIMIT :limit
            """;

    private final EntityManager em;
    private final ObjectMapper json;

    public CertificateTypeLookup(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    public List<LookupHit> lookup(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw ProblemException.invalidField("q", "must not be blank");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.invalidField("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        String escaped = CertificateTypeRepository.escapeLike(q);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter("q", q)
                .setParameter("prefix", escaped + "%")
                .setParameter("contains", "%" + escaped + "%")
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(this::hit).toList();
    }

    private LookupHit hit(Object[] row) {
        CertificateTypeStatus status = CertificateTypeStatus.valueOf((String) row[3]);
        Abolition abolition = status == CertificateTypeStatus.ABOLISHED
                ? new Abolition(AbolitionReason.valueOf((String) row[4]), (String) row[5], (String) row[6])
                : null;
        return new LookupHit((String) row[0], (String) row[1], aliases(row[2]), status,
                status == CertificateTypeStatus.RETAINED, abolition, ((Number) row[7]).doubleValue());
    }

    private List<String> aliases(Object column) {
        try {
            return column == null ? List.of() : json.readValue(column.toString(), STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("aliases column is not a JSON array", e);
        }
    }
}
