package cn.gov.chengdu.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import cn.gov.chengdu.gateway.testing.ChunkedUpload;
import cn.gov.chengdu.gateway.testing.FakeUpstreams;
import cn.gov.chengdu.gateway.testing.UpstreamsResource;
import cn.gov.chengdu.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/** Large streamed imports, a busy pool, and an upstream that goes down and comes back. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class ResilienceTest {

    private static final int MIB = 1024 * 1024;

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void theImportRoutesStreamBodiesFarBeyondTheUsualLimit() {
        String token = TestTokens.departmentStaff("staff-import", "POLICE");
        HttpResponse<String> streamed = ChunkedUpload.post(gateway.resolve("/api/v1/cases/import"), "application/x-ndjson",
                bytes(3 * MIB), "Bearer " + token);
        assertEquals(200, streamed.statusCode(), streamed.body());
        JsonPath echo = JsonPath.from(streamed.body());
        assertEquals(3 * MIB, echo.getInt("bodyLength"));
        assertEquals("chunked", echo.getString("headers.transfer-encoding"));
        given().auth().oauth2(token).contentType("application/x-ndjson").body(bytes(3 * MIB)).post("/api/v1/cases/import")
                .then().statusCode(200).body("bodyLength", is(3 * MIB));
        // the same body elsewhere is too large, and so is an import above its own limit (8 MiB in these tests)
        given().contentType("application/json").body(bytes(3 * MIB)).post("/api/v1/certificate-verifications")
                .then().statusCode(413).body("code", is("PAYLOAD_TOO_LARGE"));
        given().auth().oauth2(token).contentType("application/x-ndjson").body(bytes(9 * MIB)).post("/api/v1/cases/import")
                .then().statusCode(413);
    }

    @Test
    void waitingForABusyPoolIs503ButNotAFailureOfTheUpstream() throws Exception {
        // narrow: one pooled connection, 3 s timeout; pool wait in these tests: 1 s
        String holder = "holds-the-connection-" + System.nanoTime();
        CompletableFuture<HttpResponse<String>> holding = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .build().sendAsync(
                HttpRequest.newBuilder(gateway.resolve("/api/v1/narrow/hang")).header("X-Request-Id", holder).build(),
                HttpResponse.BodyHandlers.ofString());
        await().atMost(Duration.ofSeconds(5)).until(() -> FakeUpstreams.received("narrow", holder));
        long started = System.nanoTime();
        given().get("/api/v1/narrow/second").then().statusCode(503)
                .contentType("application/problem+json").body("code", is("UPSTREAM_BUSY"))
                .header("Retry-After", "1");
        assertTrue((System.nanoTime() - started) / 1_000_000 < 2900, "answered before the first request ended");
        assertEquals(504, holding.get(10, TimeUnit.SECONDS).statusCode());
        given().get("/api/v1/narrow/third").then().statusCode(200);
        given().get("/api/v1/status").then()
                .body("upstreams.find { it.name == 'narrow' }.circuit", is("CLOSED"));
    }

    @Test
    void anUpstreamThatGoesDownIs503WithinSecondsAndComesBackWithoutARestart() throws Exception {
        int port = URI.create(ConfigProvider.getConfig().getValue("gateway.upstream.toggled", String.class)).getPort();
        Vertx vertx = Vertx.vertx();
        try {
            HttpServer server = start(vertx, port);
            given().get("/api/v1/toggled/1").then().statusCode(200);
            server.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
            for (int i = 0; i < 3; i++) {
                given().get("/api/v1/toggled/1").then().statusCode(503).time(lessThan(5000L))
                        .body("code", is("UPSTREAM_UNAVAILABLE"));
            }
            given().get("/api/v1/toggled/1").then().statusCode(503).header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
            given().get("/api/v1/certificate-types").then().statusCode(200);
            start(vertx, port);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> given().get("/api/v1/toggled/1").statusCode() == 200);
            given().get("/api/v1/status").then().body("upstreams.find { it.name == 'toggled' }.circuit", is("CLOSED"));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    private static HttpServer start(Vertx vertx, int port) throws Exception {
        return vertx.createHttpServer()
                .requestHandler(request -> request.response().putHeader("Content-Type", "application/json").end("{}"))
                .listen(port).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) '{');
        return bytes;
    }
}
