package cn.gov.chengdu.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.gateway.routing.Upstream;
import io.vertx.core.MultiMap;

class ResponseHeadersTest {

    private static final Upstream CERTIFICATE = new Upstream("certificate", URI.create("http://certificate-service:8081"),
            List.of("/api/v1/certificates"), Duration.ofSeconds(30), null);
    private static final String PUBLIC = "https://api.example.cn";

    @Test
    void anAbsoluteLocationAtTheUpstreamPointsAtThePublicOrigin() {
        assertEquals("https://api.example.cn/api/v1/certificates/7?x=1#top",
                rewrite("http://certificate-service:8081/api/v1/certificates/7?x=1#top"));
        assertEquals("https://api.example.cn/api/v1/%E4%B8%AD", rewrite("http://CERTIFICATE-SERVICE:8081/api/v1/%E4%B8%AD"));
    }

    @Test
    void otherLocationsAreLeftAlone() {
        assertEquals("/api/v1/certificates/7", rewrite("/api/v1/certificates/7"));
        assertEquals("http://certificate-service:9999/x", rewrite("http://certificate-service:9999/x"));
        assertEquals("https://certificate-service:8081/x", rewrite("https://certificate-service:8081/x"));
        assertEquals("https://bank.example/callback", rewrite("https://bank.example/callback"));
        assertEquals("not a uri at all", rewrite("not a uri at all"));
    }

    @Test
    void hopByHopRequestIdAndCorsHeadersOfTheUpstreamAreDropped() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Connection", "keep-alive, X-Internal-Hop")
                .add("X-Internal-Hop", "1")
                .add("Keep-Alive", "timeout=5")
                .add("X-Request-Id", "upstream-copy")
                .add("Access-Control-Allow-Origin", "*")
                .add("access-control-allow-credentials", "true")
                .add("Content-Type", "application/json")
                .add("ETag", "\"3\"")
                .add("Location", "http://certificate-service:8081/api/v1/certificates/7");
        MultiMap copied = MultiMap.caseInsensitiveMultiMap();
        ResponseHeaders.copy(headers, copied, CERTIFICATE, () -> PUBLIC);
        assertEquals(List.of("Content-Type", "ETag", "Location"), List.copyOf(copied.names()).stream().sorted().toList());
        assertEquals("https://api.example.cn/api/v1/certificates/7", copied.get("Location"));
        assertEquals("\"3\"", copied.get("etag"));
    }

    @Test
    void thePublicOriginIsOnlyWorkedOutWhenThereIsALocation() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "text/plain");
        MultiMap copied = MultiMap.caseInsensitiveMultiMap();
        ResponseHeaders.copy(headers, copied, CERTIFICATE, () -> {
            throw new AssertionError("not needed");
        });
        assertTrue(copied.contains("Content-Type"));
        assertFalse(copied.contains("Location"));
    }

    private static String rewrite(String location) {
        return ResponseHeaders.rewriteLocation(location, CERTIFICATE, () -> PUBLIC);
    }
}
