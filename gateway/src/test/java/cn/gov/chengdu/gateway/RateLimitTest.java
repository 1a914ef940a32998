package cn.gov.chengdu.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.gateway.testing.RawHttp;
import cn.gov.chengdu.gateway.testing.TestApiKeys;
import cn.gov.chengdu.gateway.testing.UpstreamsResource;
import cn.gov.chengdu.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Token buckets per consumer, with small limits: 2 requests/s with a burst of 5 for IPs and token subjects. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.anonymous-rate", "2", "gateway.rate-limit.anonymous-burst", "5",
                    "gateway.rate-limit.subject-rate", "2", "gateway.rate-limit.subject-burst", "5");
        }
    }

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aClientOverItsBurstGets429WithRetryAfterAndRateLimitHeaders() {
        List<RawHttp.Response> answers = viaIngress("198.51.100.10", 8);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, answers.get(i).status(), "request " + i);
            assertEquals("\"anonymous\";q=5;w=3", answers.get(i).header("RateLimit-Policy"));
        }
        RawHttp.Response refused = answers.get(7);
        assertEquals(429, refused.status());
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertEquals("RATE_LIMITED", JsonPath.from(refused.body()).getString("code"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1, refused.header("Retry-After"));
        assertTrue(refused.header("RateLimit").matches("\"anonymous\";r=0;t=[1-9][0-9]*"), refused.header("RateLimit"));
        assertEquals(200, viaIngress("198.51.100.11", 1).get(0).status(), "another client has its own bucket");
    }

    @Test
    void aDirectClientCannotChooseItsBucketWithXForwardedFor() {
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            Response response = given().header("X-Forwarded-For", "203.0.113." + i)
                    .header("X-Request-Id", "direct-" + i).get("/api/v1/certificate-types");
            refused += response.statusCode() == 429 ? 1 : 0;
        }
        assertTrue(refused >= 2, "all 8 requests share 127.0.0.1's bucket: " + refused + " refused");
    }

    @Test
    void aTokenSubjectHasItsOwnBucket() {
        String token = TestTokens.citizen("citizen-rate-" + System.nanoTime());
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            Response response = given().auth().oauth2(token).get("/api/v1/certificate-requests");
            refused += response.statusCode() == 429 ? 1 : 0;
            if (response.statusCode() == 200) {
                assertTrue(response.header("RateLimit-Policy").startsWith("\"subject\""));
            }
        }
        assertTrue(refused >= 2, refused + " refused");
    }

    @Test
    void anApiKeyHasItsOwnQuota() {
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            Response response = given().header("X-API-Key", TestApiKeys.SMALL_QUOTA).get("/api/v1/certificate-stats");
            refused += response.statusCode() == 429 ? 1 : 0;
        }
        assertTrue(refused >= 2, refused + " refused");
    }

    private List<RawHttp.Response> viaIngress(String client, int count) {
        List<RawHttp.Response> answers = new ArrayList<>();
        try (RawHttp ingress = RawHttp.connect(gateway, "127.0.0.2")) {
            for (int i = 0; i < count; i++) {
                answers.add(ingress.send("GET /api/v1/certificate-types HTTP/1.1\r\nHost: gw\r\nX-Forwarded-For: "
                        + client + "\r\n\r\n").read());
            }
        }
        return answers;
    }
}
