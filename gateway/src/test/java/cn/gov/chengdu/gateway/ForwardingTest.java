package cn.gov.chengdu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.gateway.testing.ChunkedUpload;
import cn.gov.chengdu.gateway.testing.RawHttp;
import cn.gov.chengdu.testing.TestTokens;
import cn.gov.chengdu.gateway.testing.FakeUpstreams;
import cn.gov.chengdu.gateway.testing.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class ForwardingTest {

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void eachPrefixGoesToItsUpstreamWithThePathUnchanged() {
        given().get("/api/v1/certificate-types").then().statusCode(200)
                .body("upstream", is("certificate")).body("path", is("/api/v1/certificate-types"));
        given().get("/api/v1/windows/12/intervals").then().statusCode(200)
                .body("upstream", is("schedule")).body("path", is("/api/v1/windows/12/intervals"));
        given().get("/api/v1/flaky/anything").then().statusCode(200)
                .body("upstream", is("flaky"));
    }

    @Test
    void aPathThatOnlyLooksLikeAPrefixIsAProblem404AndIsNotForwarded() {
        for (String path : new String[] { "/api/v1/certificates-foo", "/api/v1", "/api/v1/unknown-things/1" }) {
            String id = "near-miss-" + UUID.randomUUID();
            given().header("X-Request-Id", id).get(path).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("code", is("NOT_FOUND")).body("status", is(404)).body("requestId", is(id));
            assertFalse(FakeUpstreams.received("certificate", id), path);
        }
    }

    @Test
    void dotSegmentsAreResolvedBeforeRoutingSoThePathCannotReachAnotherUpstream() {
        given().urlEncodingEnabled(false).get("/api/v1/petitions/%2e%2e/certificates/9")
                .then().statusCode(200)
                .body("upstream", is("certificate")).body("path", is("/api/v1/certificates/9"));
    }

    @Test
    void methodQueryHeadersAndBodyReachTheUpstream() {
        String body = "{\"note\":\"补充材料: 户口簿复印件\"}";
        given().urlEncodingEnabled(false).auth().oauth2(TestTokens.citizen("citizen-510104"))
                .contentType("application/json; charset=UTF-8").header("X-Custom", "yes").body(body)
                .patch("/api/v1/certificate-requests/7?status=DRAFT&name=%E5%BC%A0")
                .then().statusCode(200)
                .body("method", is("PATCH"))
                .body("path", is("/api/v1/certificate-requests/7"))
                .body("query", is("status=DRAFT&name=%E5%BC%A0"))
                .body("body", is(body))
                .body("headers.content-type", startsWith("application/json"))
                .body("headers.x-custom", is("yes"))
                .body("headers.host", is(URI.create(FakeUpstreams.baseUrl("certificate")).getAuthority()));
    }

    @Test
    void aSmallBodyOfUnknownLengthIsReadWholeAndSentWithItsLength() {
        byte[] body = "line one\nline two\n".repeat(500).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = ChunkedUpload.post(gateway.resolve("/api/v1/certificate-verifications"),
                "text/plain", body);
        assertEquals(200, response.statusCode());
        JsonPath echo = JsonPath.from(response.body());
        assertNull(echo.getString("headers.transfer-encoding"));
        assertEquals(Integer.toString(body.length), echo.getString("headers.content-length"));
        assertEquals(new String(body, StandardCharsets.UTF_8), echo.getString("body"));
    }

    @Test
    void theCallersRequestIdIsKeptAndPassedOn() {
        Response response = given().header("X-Request-Id", "app-7f3a-0001").get("/api/v1/certificate-types");
        response.then().statusCode(200).body("headers.x-request-id", is("app-7f3a-0001"));
        assertEquals(List.of("app-7f3a-0001"), response.headers().getValues("X-Request-Id"));
    }

    @Test
    void aRequestIdIsMadeWhenThereIsNoneAndTheUpstreamGetsTheSameOne() {
        Response response = given().get("/api/v1/certificate-types");
        String id = response.header("X-Request-Id");
        response.then().statusCode(200).header("X-Request-Id", not(nullValue()))
                .body("headers.x-request-id", is(id));
        assertEquals(1, response.headers().getValues("X-Request-Id").size());
    }

    @Test
    void theUpstreamLearnsWhoAskedAndThroughWhichOrigin() {
        String host = gateway.getHost() + ":" + gateway.getPort();
        given().get("/api/v1/certificate-types").then().statusCode(200)
                .body("headers.x-forwarded-for", is("127.0.0.1"))
                .body("headers.x-forwarded-proto", is("http"))
                .body("headers.x-forwarded-host", is(host))
                .body("headers.forwarded", is("for=127.0.0.1;proto=http;host=\"" + host + "\""));
    }

    @Test
    void forwardingHeadersFromAClientThatIsNotATrustedProxyAreReplaced() {
        String host = gateway.getHost() + ":" + gateway.getPort();
        given().header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example").header("Forwarded", "for=203.0.113.7;host=evil.example")
                .get("/api/v1/certificate-types").then().statusCode(200)
                .body("headers.x-forwarded-for", is("127.0.0.1"))
                .body("headers.x-forwarded-proto", is("http"))
                .body("headers.x-forwarded-host", is(host))
                .body("headers.forwarded", is("for=127.0.0.1;proto=http;host=\"" + host + "\""));
    }

    @Test
    void forwardingHeadersFromTheTrustedIngressAreKeptAndAppendedTo() {
        try (RawHttp ingress = RawHttp.connect(gateway, "127.0.0.2")) {
            RawHttp.Response response = ingress.send("""
                    GET /api/v1/certificate-types HTTP/1.1\r
                    Host: gateway.internal:8080\r
                    X-Forwarded-For: 203.0.113.7\r
                    X-Forwarded-Proto: https\r
                    X-Forwarded-Host: api.example.cn\r
                    Forwarded: for=203.0.113.7;proto=https;host=api.example.cn\r
                    \r
                    """).read();
            assertEquals(200, response.status(), response.body());
            JsonPath echo = JsonPath.from(response.body());
            assertEquals("203.0.113.7, 127.0.0.2", echo.getString("headers.x-forwarded-for"));
            assertEquals("https", echo.getString("headers.x-forwarded-proto"));
            assertEquals("api.example.cn", echo.getString("headers.x-forwarded-host"));
            assertTrue(echo.getString("headers.forwarded").startsWith("for=203.0.113.7;proto=https;host=api.example.cn, for=127.0.0.2;"),
                    echo.getString("headers.forwarded"));
        }
    }

    @Test
    void aConnectionHeaderCannotStripTheIngresssForwardingHeadersOrTheToken() {
        String token = TestTokens.citizen("citizen-connection");
        try (RawHttp ingress = RawHttp.connect(gateway, "127.0.0.2")) {
            RawHttp.Response response = ingress.send("""
                    GET /api/v1/appointments HTTP/1.1\r
                    Host: gateway.internal:8080\r
                    Connection: keep-alive, X-Forwarded-For, Forwarded, X-Forwarded-Host, Authorization, X-Hop\r
                    X-Hop: next-hop-only\r
                    Authorization: Bearer %s\r
                    X-Forwarded-For: 198.51.100.23\r
                    X-Forwarded-Host: api.example.cn\r
                    Forwarded: for=198.51.100.23\r
                    \r
                    """.formatted(token)).read();
            assertEquals(200, response.status(), response.body());
            JsonPath echo = JsonPath.from(response.body());
            assertEquals("198.51.100.23, 127.0.0.2", echo.getString("headers.x-forwarded-for"));
            assertEquals("api.example.cn", echo.getString("headers.x-forwarded-host"));
            assertEquals("Bearer " + token, echo.getString("headers.authorization"));
            assertNull(echo.getString("headers.x-hop"));
        }
    }

    @Test
    void traceContextPassesAndHopByHopHeadersDoNot() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Response response = given().header("traceparent", traceparent).header("tracestate", "congo=t61rcWkgMzE")
                .header("Connection", "keep-alive, X-Hop-Secret").header("X-Hop-Secret", "only-for-the-next-hop")
                .get("/api/v1/certificate-types");
        response.then().statusCode(200)
                .body("headers.traceparent", is(traceparent))
                .body("headers.tracestate", is("congo=t61rcWkgMzE"))
                .body("headers.x-hop-secret", nullValue())
                .header("Keep-Alive", nullValue())
                .header("traceparent", traceparent);
    }

    @Test
    void aTraceparentIsMadeWhenAbsentOrMalformedAndTheClientGetsItBack() {
        for (String offered : new String[] { null, "00-00000000000000000000000000000000-00f067aa0ba902b7-01", "garbage" }) {
            Response response = (offered == null ? given() : given().header("traceparent", offered))
                    .get("/api/v1/certificate-types");
            String made = response.header("traceparent");
            response.then().statusCode(200).body("headers.traceparent", is(made));
            assertTrue(made.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), made);
            assertFalse(made.equals(offered));
        }
    }

    @Test
    void theUpstreamsOwnLocationIsRewrittenToTheGatewaysOriginWhateverTheClientClaims() {
        String token = TestTokens.citizen("citizen-location");
        String origin = "http://" + gateway.getHost() + ":" + gateway.getPort();
        given().auth().oauth2(token).post("/api/v1/certificate-requests/created").then().statusCode(201)
                .header("Location", equalTo(origin + "/api/v1/certificate-requests/1?view=full"));
        given().auth().oauth2(token).header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .post("/api/v1/appointments/created").then().statusCode(201)
                .header("Location", equalTo(origin + "/api/v1/appointments/1?view=full"));
    }

    @Test
    void behindTheTrustedIngressLocationUsesThePublicOrigin() {
        try (RawHttp ingress = RawHttp.connect(gateway, "127.0.0.2")) {
            RawHttp.Response response = ingress.send("""
                    POST /api/v1/appointments/created HTTP/1.1\r
                    Host: gateway.internal:8080\r
                    Authorization: Bearer %s\r
                    X-Forwarded-Proto: https\r
                    X-Forwarded-Host: api.example.cn\r
                    Content-Length: 0\r
                    \r
                    """.formatted(TestTokens.citizen("citizen-ingress"))).read();
            assertEquals(201, response.status());
            assertEquals("https://api.example.cn/api/v1/appointments/1?view=full", response.header("Location"));
        }
    }
}
