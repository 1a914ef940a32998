package cn.gov.chengdu.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.common.problem.ProblemException;

class DatabaseProblemsTest {

    private final DatabaseProblems problems = new DatabaseProblems();

    @Test
    void aLostOptimisticLockIs409ConcurrentModificationWhereverItHides() {
        ProblemException problem = problems.translate(
                        new RuntimeException(new PersistenceException(new OptimisticLockException("row was updated"))))
                .orElseThrow();
        assertEquals(409, problem.status());
        assertEquals("CONCURRENT_MODIFICATION", problem.code());
    }

    @Test
    void sqlStatesSayWhatWentWrongWithoutTheSql() {
        assertEquals("DUPLICATE", translate("23505").code());
        assertEquals("CONCURRENT_MODIFICATION", translate("40001").code());
        assertEquals("CONCURRENT_MODIFICATION", translate("40P01").code());
        ProblemException check = translate("23514");
        assertEquals(422, check.status());
        assertEquals("CONSTRAINT_VIOLATED", check.code());
        assertTrue(!check.getMessage().contains("certificate_type"));
    }

    @Test
    void otherFailuresAreNotItsToTranslate() {
        assertTrue(problems.translate(new IllegalStateException("boom")).isEmpty());
        assertTrue(problems.translate(new SQLException("connection refused", "08001"))
                .isEmpty());
    }

    private ProblemException translate(String sqlState) {
        return problems.translate(new PersistenceException(
                        new SQLException("violates constraint \"certificate_type_code_key\"", sqlState)))
                .orElseThrow();
    }
}
