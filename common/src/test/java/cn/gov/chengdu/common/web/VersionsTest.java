package cn.gov.chengdu.common.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.common.problem.ProblemException;

class VersionsTest {

    @Test
    void theVersionIsAStrongEtag() {
        assertEquals("\"3\"", Versions.etag(3).toString());
        assertEquals(false, Versions.etag(3).isWeak());
    }

    @Test
    void noIfMatchOrAStarOrTheCurrentVersionPasses() {
        assertDoesNotThrow(() -> Versions.checkIfMatch(null, 3));
        assertDoesNotThrow(() -> Versions.checkIfMatch(" ", 3));
        assertDoesNotThrow(() -> Versions.checkIfMatch("*", 3));
        assertDoesNotThrow(() -> Versions.checkIfMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Versions.checkIfMatch("3", 3));
        assertDoesNotThrow(() -> Versions.checkIfMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> Versions.checkIfMatch("\"1\", \"3\"", 3));
    }

    @Test
    void aStaleVersionIs412WithTheCurrentOne() {
        ProblemException stale = assertThrows(ProblemException.class, () -> Versions.checkIfMatch("\"2\"", 3));
        assertEquals(412, stale.status());
        assertEquals("PRECONDITION_FAILED", stale.code());
        assertEquals(3L, stale.extensions().get("currentVersion"));
        assertThrows(ProblemException.class, () -> Versions.checkIfMatch("\"\"", 3));
        assertThrows(ProblemException.class, () -> Versions.checkIfMatch("\"30\"", 3));
    }

    @Test
    void aCreateAnswers201WithItsLocation() {
        record View(String code, long version) implements Versioned {}
        var created = Versions.created("/api/v1/things/A", new View("A", 0));
        assertEquals(201, created.getStatus());
        assertEquals("/api/v1/things/A", created.getLocation().toString());
        assertEquals("A", created.getEntity().code());
    }
}
