package cn.gov.chengdu.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.common.problem.ProblemException;

class CursorsTest {

    @Test
    void aCursorGivesBackItsKeyParts() {
        String cursor = Cursors.encode("亲属关系证明", "42");
        assertEquals(List.of("亲属关系证明", "42"), Cursors.decode(cursor, 2));
        assertEquals(42, Cursors.number(Cursors.decode(cursor, 2).get(1)));
    }

    @Test
    void aCursorIsOpaqueAndUrlSafe() {
        String cursor = Cursors.encode("a/b+c?d", "");
        assertEquals(-1, cursor.indexOf('/'));
        assertEquals(-1, cursor.indexOf('+'));
        assertEquals(-1, cursor.indexOf('='));
        assertEquals(List.of("a/b+c?d", ""), Cursors.decode(cursor, 2));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Cursors.decode(null, 1));
        assertNull(Cursors.decode("  ", 1));
    }

    @Test
    void aForeignOrDamagedCursorIs400InvalidCursor() {
        for (String bad : List.of("not-a-cursor!", "%%%", Cursors.encode("only-one"))) {
            ProblemException e = assertThrows(ProblemException.class, () -> Cursors.decode(bad, 2), bad);
            assertEquals(400, e.status());
            assertEquals("INVALID_CURSOR", e.code());
            assertEquals("cursor", e.errors().get(0).field());
        }
        ProblemException notANumber = assertThrows(ProblemException.class, () -> Cursors.number("abc"));
        assertEquals("INVALID_CURSOR", notANumber.code());
    }

    @Test
    void limitsDefaultClampAndRefuseBelowOne() {
        assertEquals(Cursors.DEFAULT_LIMIT, Cursors.limit(null));
        assertEquals(7, Cursors.limit(7));
        assertEquals(Cursors.MAX_LIMIT, Cursors.limit(10_000));
        ProblemException zero = assertThrows(ProblemException.class, () -> Cursors.limit(0));
        assertEquals("VALIDATION_FAILED", zero.code());
        assertEquals("limit", zero.errors().get(0).field());
    }

    @Test
    void aPageFromOneRowTooManyPointsAfterItsLastItem() {
        Page<String> page = Page.fromRows(List.of(1, 2, 3), 2, String::valueOf, n -> Cursors.encode(n.toString()));
        assertEquals(List.of("1", "2"), page.items());
        assertEquals(List.of("2"), Cursors.decode(page.nextCursor(), 1));
        Page<String> last = Page.fromRows(List.of(1, 2), 2, String::valueOf, n -> Cursors.encode(n.toString()));
        assertNull(last.nextCursor());
    }
}
