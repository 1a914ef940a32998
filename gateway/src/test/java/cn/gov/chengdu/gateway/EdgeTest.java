package cn.gov.chengdu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.gateway.testing.ChunkedUpload;
import cn.gov.chengdu.gateway.testing.FakeUpstreams;
import cn.gov.chengdu.gateway.testing.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The body size limit and CORS, both decided at the gateway's edge. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class EdgeTest {

    private static final int LIMIT = 1024 * 1024;

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aDeclaredBodyAboveTheLimitIs413AndIsNotForwarded() {
        String id = "too-big-" + UUID.randomUUID();
        given().header("X-Request-Id", id).contentType("application/octet-stream").body(bytes(LIMIT + 1))
                .post("/api/v1/certificate-requests")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", is(413)).body("code", is("PAYLOAD_TOO_LARGE")).body("requestId", is(id));
        assertFalse(FakeUpstreams.received("certificate", id));
    }

    @Test
    void aStreamedBodyAboveTheLimitIs413() {
        HttpResponse<String> response = ChunkedUpload.post(gateway.resolve("/api/v1/certificate-verifications"),
                "application/octet-stream", bytes(2 * LIMIT));
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("\"code\":\"PAYLOAD_TOO_LARGE\""), response.body());
    }

    @Test
    void bodiesUpToTheLimitAreForwarded() {
        given().contentType("text/plain").body(bytes(LIMIT)).post("/api/v1/certificate-verifications")
                .then().statusCode(200).body("bodyLength", is(LIMIT));
        HttpResponse<String> streamed = ChunkedUpload.post(gateway.resolve("/api/v1/certificate-verifications"),
                "text/plain", bytes(LIMIT));
        assertEquals(200, streamed.statusCode());
        assertTrue(streamed.body().contains("\"bodyLength\":" + LIMIT), streamed.body());
        assertTrue(streamed.body().contains("\"transfer-encoding\":\"chunked\""), streamed.body());
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutTheUpstream() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/v1/petitions")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("authorization"));
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/petitions")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void proxiedAnswersCarryTheGatewaysCorsHeadersOnly() {
        Response response = given().header("Origin", "http://localhost:3000").get("/api/v1/certificate-types");
        response.then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .body("headers.origin", is("http://localhost:3000"));
        assertEquals(List.of("http://localhost:3000"), response.headers().getValues("Access-Control-Allow-Origin"));
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }
}
