package cn.gov.chengdu.gateway.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TraceContextTest {

    private static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aValidTraceparentIsKept() {
        assertEquals(VALID, TraceContext.keepOrMake(VALID));
        String future = "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what-comes-later";
        assertEquals(future, TraceContext.keepOrMake(future));
    }

    @Test
    void invalidOnesAreReplaced() {
        for (String bad : new String[] { null, "", "garbage", VALID.toUpperCase(), VALID + "-extra",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
                "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", VALID.replace('-', '_') }) {
            String made = TraceContext.keepOrMake(bad);
            assertNotEquals(bad, made);
            assertTrue(TraceContext.isValid(made), made);
        }
    }

    @Test
    void madeTraceparentsAreSampledAndDistinct() {
        String first = TraceContext.make();
        String second = TraceContext.make();
        assertTrue(first.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), first);
        assertFalse(first.equals(second));
    }
}
