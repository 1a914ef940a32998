package cn.gov.chengdu.persistence;

import java.sql.SQLException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

import cn.gov.chengdu.common.problem.ProblemCodes;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.problem.ProblemTranslator;

/**
 * What database failures mean for the client (the REST layer asks before it answers 500): a lost optimistic lock,
 * a serialization failure or a deadlock is 409 {@code CONCURRENT_MODIFICATION}; a unique key is 409
 * {@code DUPLICATE}; a broken foreign key, check or length is 422 {@code CONSTRAINT_VIOLATED} (and a warning: the
 * service should have checked first). Never the SQL or the constraint's name.
 */
@ApplicationScoped
public class DatabaseProblems implements ProblemTranslator {

    private static final Logger LOG = Logger.getLogger(DatabaseProblems.class);

    @Override
    public Optional<ProblemException> translate(Throwable failure) {
        if (causedBy(failure, OptimisticLockException.class) || causedBy(failure, StaleStateException.class)) {
            return Optional.of(concurrentModification());
        }
        String sqlState = sqlState(failure);
        if (sqlState == null) {
            return Optional.empty();
        }
        return switch (sqlState) {
            case "23505" ->
                Optional.of(ProblemException.conflict(
                        ProblemCodes.DUPLICATE, "A resource with the same identity already exists"));
            case "40001", "40P01" -> Optional.of(concurrentModification());
            case "23503", "23514", "22001" -> {
                LOG.warnf(
                        "A request broke a database constraint the service should have checked first (SQLState %s)",
                        sqlState);
                yield Optional.of(ProblemException.unprocessable(
                        ProblemCodes.CONSTRAINT_VIOLATED, "The request breaks a data rule of this service"));
            }
            default -> Optional.empty();
        };
    }

    private static ProblemException concurrentModification() {
        return ProblemException.conflict(
                ProblemCodes.CONCURRENT_MODIFICATION,
                "Someone else changed this resource at the same time; read it again and retry");
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The SQLState of the first {@link SQLException} among the causes that has one. */
    static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
