package cn.gov.chengdu.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.gateway.testing.FakeUpstreams;
import cn.gov.chengdu.gateway.testing.RawHttp;
import cn.gov.chengdu.gateway.testing.UpstreamsResource;
import cn.gov.chengdu.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Slow and stalled clients (client timeout 700 ms in these tests) never count against an upstream, and a slow
 * upload that keeps moving is never cut, whatever the timeouts.
 */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class SlowClientTest {

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aSmallBodyThatStopsArrivingIs408AndNeverReachesTheUpstream() {
        String id = "stalled-small-" + UUID.randomUUID();
        try (RawHttp client = RawHttp.connect(gateway, "127.0.0.1")) {
            long started = System.nanoTime();
            RawHttp.Response response = client.send("POST /api/v1/certificate-verifications HTTP/1.1\r\nHost: gw\r\n"
                    + "X-Request-Id: " + id + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"token\":")
                    .read();
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(408, response.status(), response.body());
            assertEquals("REQUEST_TIMEOUT", JsonPath.from(response.body()).getString("code"));
            assertTrue(waitedMillis >= 600 && waitedMillis < 5000, waitedMillis + " ms");
            assertTrue(client.closedByPeer(), "the stalled connection is closed");
        }
        assertFalse(FakeUpstreams.received("certificate", id), "a small body is read whole before anything is sent");
    }

    @Test
    void stalledUploadsDoNotOpenTheUpstreamsCircuit() {
        // The circuit opens after 3 upstream failures in these tests; 4 stalled uploads past the buffer, each holding
        // an upstream connection while it streams, must not count.
        byte[] part = filler(100 * 1024);
        for (int i = 0; i < 4; i++) {
            try (RawHttp client = RawHttp.connect(gateway, "127.0.0.1")) {
                RawHttp.Response response = client.send("POST /api/v1/certificate-verifications HTTP/1.1\r\nHost: gw\r\n"
                        + "Content-Type: text/plain\r\nContent-Length: 500000\r\n\r\n").send(part).read();
                assertEquals(408, response.status(), response.body());
            }
        }
        given().get("/api/v1/certificate-types").then().statusCode(200);
        given().get("/api/v1/status").then().statusCode(200)
                .body("upstreams.find { it.name == 'certificate' }.circuit", is("CLOSED"));
    }

    @Test
    void aSlowUploadThatKeepsMovingIsNeverCut() throws Exception {
        // 14 pieces, one every 200 ms: 2.8 s in all, longer than the client timeout (0.7 s) and than the schedule
        // upstream's timeout (2 s), but never 0.7 s without progress.
        int pieces = 14;
        byte[] piece = filler(1000);
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        try (RawHttp client = RawHttp.connect(gateway, "127.0.0.1")) {
            client.send("POST /api/v1/cases/import HTTP/1.1\r\nHost: gw\r\nAuthorization: Bearer "
                    + TestTokens.departmentStaff("staff-slow", "POLICE") + "\r\nContent-Type: application/x-ndjson\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            CompletableFuture<Void> written = new CompletableFuture<>();
            int[] sent = { 0 };
            writer.scheduleAtFixedRate(() -> {
                if (sent[0] < pieces) {
                    client.send((Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    client.send(piece).send("\r\n");
                    sent[0]++;
                } else if (!written.isDone()) {
                    client.send("0\r\n\r\n");
                    written.complete(null);
                }
            }, 0, 200, TimeUnit.MILLISECONDS);
            written.get(30, TimeUnit.SECONDS);
            RawHttp.Response response = client.read();
            assertEquals(200, response.status(), response.body());
            assertEquals(pieces * piece.length, JsonPath.from(response.body()).getInt("bodyLength"));
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void aClientThatStopsReadingItsAnswerIsCutOffWithoutBlamingTheUpstream() {
        double before = abandoned();
        long received = 0;
        try (RawHttp client = RawHttp.connect(gateway, "127.0.0.1", 16 * 1024)) {
            client.send("GET /api/v1/certificate-types/big HTTP/1.1\r\nHost: gw\r\n\r\n");
            // the client reads nothing; once the gateway's buffers are full it waits 0.7 s, then closes
            await().atMost(Duration.ofSeconds(15)).until(() -> abandoned() > before);
            received = client.drain();
        }
        assertTrue(received < 32L * 1024 * 1024, "the answer was cut: " + received + " bytes arrived");
        given().get("/api/v1/status").then().statusCode(200)
                .body("upstreams.find { it.name == 'certificate' }.circuit", is("CLOSED"));
        given().get("/api/v1/certificate-types").then().statusCode(200);
    }

    /** Requests to the certificate-types route that ended without a complete answer (client gone: 4xx). */
    private static double abandoned() {
        Matcher count = Pattern.compile("(?m)^gateway_requests_seconds_count\\{method=\"GET\",route=\"/api/v1/certificate-types\","
                + "status=\"4xx\",upstream=\"certificate\"} (\\S+)$").matcher(given().get("/q/metrics").asString());
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }

    private static byte[] filler(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }
}
