package cn.gov.chengdu.certificate.type;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.chengdu.certificate.type.CertificateTypeApi.Abolition;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.LookupHit;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.persistence.LikePatterns;

/**
 * "Is this certificate still required?": finds types by name or alias from partial Chinese input, ranked.
 * <p>
 * First as a substring of the name or an alias (the lower-cased {@code search_text}, through the trigram GIN
 * index from three characters on): an exact name scores 1, a name that starts with the input 0.95, any other
 * match 0.9; ties go to retained types, then by code. Only when nothing contains the input (three characters
 * or more) does it look for similar wordings: pg_trgm's {@code word_similarity} through the {@code <%} operator
 * and the same index (threshold 0.5, set on the connection in application.properties), which forgives a
 * character too many or too few ("亲属关证明" finds 亲属关系证明).
 */
@ApplicationScoped
public class CertificateTypeLookup {

    private static final int MAX_QUERY_LENGTH = 50;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String COLUMNS =
            "code, name, aliases, status, abolition_reason, abolition_detail, " + "abolition_alternative";
    private static final String CONTAINING = """
            SELECT %s, CASE WHEN name = :q THEN 1.0 WHEN name ILIKE :prefix THEN 0.95 ELSE 0.9 END AS score
            FROM certificate_type
            WHERE search_text LIKE :contains
            ORDER BY score DESC, (status = 'RETAINED') DESC, code
            LIMIT :limit
            """.formatted(COLUMNS);
    private static final String SIMILAR = """
            SELECT %s, public.word_similarity(:lower, search_text) AS score
            FROM certificate_type
            WHERE :lower OPERATOR(public.<%%) search_text
            ORDER BY score DESC, (status = 'RETAINED') DESC, code
            LIMIT :limit
            """.formatted(COLUMNS);
    private static final int FUZZY_FROM_LENGTH = 3;

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
        String lower = q.toLowerCase(Locale.ROOT);
        List<Object[]> rows = rows(em.createNativeQuery(CONTAINING)
                .setParameter("q", q)
                .setParameter("prefix", LikePatterns.startingWith(q))
                .setParameter("contains", LikePatterns.containing(lower))
                .setParameter("limit", limit));
        if (rows.isEmpty() && q.codePointCount(0, q.length()) >= FUZZY_FROM_LENGTH) {
            rows = rows(
                    em.createNativeQuery(SIMILAR).setParameter("lower", lower).setParameter("limit", limit));
        }
        return rows.stream().map(this::hit).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private LookupHit hit(Object[] row) {
        CertificateTypeStatus status = CertificateTypeStatus.valueOf((String) row[3]);
        Abolition abolition = status == CertificateTypeStatus.ABOLISHED
                ? new Abolition(AbolitionReason.valueOf((String) row[4]), (String) row[5], (String) row[6])
                : null;
        return new LookupHit(
                (String) row[0],
                (String) row[1],
                aliases(row[2]),
                status,
                status == CertificateTypeStatus.RETAINED,
                abolition,
                ((Number) row[7]).doubleValue());
    }

    private List<String> aliases(Object column) {
        try {
            return column == null ? List.of() : json.readValue(column.toString(), STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("aliases column is not a JSON array", e);
        }
    }
}
