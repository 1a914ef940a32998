package cn.gov.chengdu.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(List.of(
            upstream("certificate", "http://certificate-service:8081", "/api/v1/certificates", "/api/v1/certificate-types/"),
            upstream("schedule", "http://schedule-service:8083", "/api/v1/calendar"),
            upstream("special", "https://special:9443", "/api/v1/certificates/special")));

    @Test
    void aPrefixMatchesItselfAndEverythingBelowIt() {
        assertEquals("certificate", name("/api/v1/certificates"));
        assertEquals("certificate", name("/api/v1/certificates/"));
        assertEquals("certificate", name("/api/v1/certificates/42/revoke"));
        assertEquals("certificate", name("/api/v1/certificate-types"), "a trailing / in config is ignored");
        assertEquals("schedule", name("/api/v1/calendar/2026/working-days"));
    }

    @Test
    void aPrefixNeverMatchesALongerSegment() {
        assertEquals(Optional.empty(), table.match("/api/v1/certificates-foo"));
        assertEquals(Optional.empty(), table.match("/api/v1/calendars"));
        assertEquals(Optional.empty(), table.match("/api/v1"));
        assertEquals(Optional.empty(), table.match("/"));
    }

    @Test
    void theLongestPrefixWins() {
        assertEquals("special", name("/api/v1/certificates/special/1"));
        assertEquals("certificate", name("/api/v1/certificates/specialised"));
    }

    @Test
    void upstreamsAreListedByName() {
        assertEquals(List.of("certificate", "schedule", "special"),
                table.upstreams().stream().map(Upstream::name).toList());
        assertEquals(9443, table.byName("special").orElseThrow().port());
        assertTrue(table.byName("special").orElseThrow().ssl());
        assertEquals(80, upstream("plain", "http://plain", "/x").port());
    }

    @Test
    void aPrefixBelongsToOneUpstream() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(
                upstream("a", "http://a:1", "/api/v1/things"), upstream("b", "http://b:1", "/api/v1/things/"))));
        assertTrue(refused.getMessage().contains("/api/v1/things"), refused.getMessage());
    }

    @Test
    void badUpstreamsAreRefusedWithTheKeyToFix() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> upstream("x", "ftp://x", "/a")).getMessage()
                .contains("gateway.upstream.x"));
        assertThrows(IllegalArgumentException.class, () -> upstream("x", "http://x:1/base", "/a"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> upstream("x", "http://x:1", "api/v1/a"))
                .getMessage().contains("gateway.route.x.prefixes"));
        assertThrows(IllegalArgumentException.class, () -> upstream("x", "http://x:1", "/"));
    }

    private String name(String path) {
        return table.match(path).map(Upstream::name).orElse("none");
    }

    private static Upstream upstream(String name, String url, String... prefixes) {
        return new Upstream(name, URI.create(url), List.of(prefixes), Duration.ofSeconds(30), null);
    }
}
