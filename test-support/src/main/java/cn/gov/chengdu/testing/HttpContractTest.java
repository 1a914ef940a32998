package cn.gov.chengdu.testing;

import static cn.gov.chengdu.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import cn.gov.chengdu.common.security.Roles;

/**
 * The HTTP contract every service keeps (DESIGN §3), run against one real admin-only resource of the service:
 * problem+json for every error, JWT verification, request ids, ETag/If-Match and optimistic locking, health,
 * metrics and OpenAPI. A service's test extends it and names its resource.
 */
public abstract class HttpContractTest {

    /** A collection where {@code POST} creates (admin only) and {@code GET} lists publicly. */
    protected abstract String collectionPath();

    /** A valid create body with a fresh identity each call. */
    protected abstract Map<String, Object> newResourceBody();

    /** The path of the resource the body creates. */
    protected abstract String resourcePath(Map<String, Object> createBody);

    /** A valid full-update ({@code PUT}) body for an existing resource; {@code round} varies its content. */
    protected abstract Map<String, Object> updateBody(int round);

    /** Fields a blank ({@code {}}) create body must be reported for. */
    protected abstract List<String> requiredFields();

    protected String admin() {
        return TestTokens.admin();
    }

    @Test
    void unknownPathIsProblem404() {
        assertProblem(given().get("/api/v1/no-such-thing").then(), 404, "NOT_FOUND")
                .body("instance", equalTo("/api/v1/no-such-thing"));
        assertProblem(given().get("/no/such/path").then(), 404, "NOT_FOUND");
    }

    @Test
    void wrongMethodIsProblem405() {
        assertProblem(given().auth().oauth2(admin()).delete(collectionPath()).then(), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void unsupportedMediaTypeIsProblem415() {
        assertProblem(
                given().auth()
                        .oauth2(admin())
                        .contentType(ContentType.TEXT)
                        .body("code=X")
                        .post(collectionPath())
                        .then(),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void malformedJsonIsProblem400() {
        assertProblem(
                given().auth()
                        .oauth2(admin())
                        .contentType(ContentType.JSON)
                        .body("{\"code\": ")
                        .post(collectionPath())
                        .then(),
                400,
                "MALFORMED_JSON");
        assertProblem(
                given().auth()
                        .oauth2(admin())
                        .contentType(ContentType.JSON)
                        .body("[1, 2]")
                        .post(collectionPath())
                        .then(),
                400,
                "MALFORMED_JSON");
    }

    @Test
    void unknownPropertyIsRejectedNotDropped() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(newResourceBody());
        body.put("sneaky", "value");
        assertProblem(
                        given().auth()
                                .oauth2(admin())
                                .contentType(ContentType.JSON)
                                .body(body)
                                .post(collectionPath())
                                .then(),
                        400,
                        "UNKNOWN_PROPERTY")
                .body("errors[0].field", equalTo("sneaky"));
        given().get(resourcePath(body)).then().statusCode(404);
    }

    @Test
    void constraintViolationsNameEachField() {
        var response = assertProblem(
                given().auth()
                        .oauth2(admin())
                        .contentType(ContentType.JSON)
                        .body("{}")
                        .post(collectionPath())
                        .then(),
                400,
                "VALIDATION_FAILED");
        for (String field : requiredFields()) {
            response.body("errors.field", hasItem(field));
        }
    }

    @Test
    void missingBodyIsProblem400() {
        assertProblem(
                given().auth()
                        .oauth2(admin())
                        .contentType(ContentType.JSON)
                        .post(collectionPath())
                        .then(),
                400,
                "VALIDATION_FAILED");
    }

    @Test
    void invalidCursorAndLimitAreProblem400() {
        assertProblem(
                given().queryParam("cursor", "not-a-cursor!")
                        .get(collectionPath())
                        .then(),
                400,
                "INVALID_CURSOR");
        assertProblem(given().queryParam("limit", 0).get(collectionPath()).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("limit"));
        assertProblem(given().queryParam("limit", "many").get(collectionPath()).then(), 400, "INVALID_VALUE");
    }

    @Test
    void anOversizedBodyIsProblem413() {
        String huge = "{\"name\":\"" + "证".repeat(700_000) + "\"}";
        assertProblem(
                given().auth()
                        .oauth2(admin())
                        .contentType(ContentType.JSON)
                        .body(huge)
                        .post(collectionPath())
                        .then(),
                413,
                "PAYLOAD_TOO_LARGE");
    }

    @Test
    void noTokenIs401WithChallenge() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(newResourceBody())
                                .post(collectionPath())
                                .then(),
                        401,
                        "UNAUTHENTICATED")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void invalidTokensAre401AndCreateNothing() {
        TestTokens.Builder admin = TestTokens.as(Roles.ADMIN).subject("admin-x");
        List<String> badTokens = List.of(
                TestTokens.as(Roles.ADMIN)
                        .expiresAt(Instant.now().minusSeconds(300))
                        .sign(),
                admin.signWithUnknownKey(),
                TestTokens.as(Roles.ADMIN).audience("someone-else").sign(),
                TestTokens.as(Roles.ADMIN).issuer("https://evil.example").sign(),
                admin.unsigned(),
                "not.a.jwt",
                tamperedPayload(TestTokens.as(Roles.CITIZEN).sign()));
        for (String token : badTokens) {
            Map<String, Object> body = newResourceBody();
            assertProblem(
                            given().auth()
                                    .oauth2(token)
                                    .contentType(ContentType.JSON)
                                    .body(body)
                                    .post(collectionPath())
                                    .then(),
                            401,
                            "UNAUTHENTICATED")
                    .header("WWW-Authenticate", containsString("invalid_token"));
            given().get(resourcePath(body)).then().statusCode(404);
        }
    }

    @Test
    void wrongRoleIs403() {
        for (String role : List.of(Roles.CITIZEN, Roles.INTEGRATOR, Roles.REVIEWER)) {
            Map<String, Object> body = newResourceBody();
            assertProblem(
                    given().auth()
                            .oauth2(TestTokens.as(role).sign())
                            .contentType(ContentType.JSON)
                            .body(body)
                            .post(collectionPath())
                            .then(),
                    403,
                    "FORBIDDEN");
            given().get(resourcePath(body)).then().statusCode(404);
        }
    }

    @Test
    void requestIdIsKeptOrMade() {
        given().header("X-Request-Id", "trace-abc-123")
                .get(collectionPath())
                .then()
                .statusCode(200)
                .header("X-Request-Id", "trace-abc-123");
        given().get(collectionPath()).then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        assertProblem(
                        given().header("X-Request-Id", "trace-404")
                                .get("/api/v1/no-such-thing")
                                .then(),
                        404,
                        "NOT_FOUND")
                .body("requestId", equalTo("trace-404"))
                .header("X-Request-Id", "trace-404");
        given().header("X-Request-Id", "bad id\twith spaces")
                .get(collectionPath())
                .then()
                .header("X-Request-Id", not(containsString(" ")));
    }

    @Test
    void createAnswers201WithLocationAndEtag() {
        Map<String, Object> body = newResourceBody();
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post(collectionPath())
                .then()
                .statusCode(201)
                .header("Location", containsString(resourcePath(body)))
                .header("ETag", "\"0\"")
                .body("version", equalTo(0));
        given().get(resourcePath(body)).then().statusCode(200).header("ETag", "\"0\"");
        assertProblem(
                given().auth()
                        .oauth2(admin())
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post(collectionPath())
                        .then(),
                409,
                conflictCodeOnDuplicate());
    }

    /** The code a duplicate create answers with. */
    protected abstract String conflictCodeOnDuplicate();

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        Map<String, Object> body = newResourceBody();
        String path = resourcePath(body);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post(collectionPath())
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(updateBody(1))
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));
        assertProblem(
                        given().auth()
                                .oauth2(admin())
                                .contentType(ContentType.JSON)
                                .header("If-Match", "\"0\"")
                                .body(updateBody(2))
                                .put(path)
                                .then(),
                        412,
                        "PRECONDITION_FAILED")
                .body("currentVersion", equalTo(1));
        given().get(path).then().body("version", equalTo(1));
    }

    @Test
    void concurrentUpdatesWithoutIfMatchNeverLoseOne() throws Exception {
        Map<String, Object> body = newResourceBody();
        String path = resourcePath(body);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post(collectionPath())
                .then()
                .statusCode(201);
        int writers = 8;
        String token = admin();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int round = i + 10;
                calls.add(CompletableFuture.supplyAsync(
                        () -> {
                            awaitQuietly(start);
                            return given().auth()
                                    .oauth2(token)
                                    .contentType(ContentType.JSON)
                                    .body(updateBody(round))
                                    .put(path);
                        },
                        pool));
            }
            start.countDown();
            int succeeded = 0;
            for (CompletableFuture<Response> call : calls) {
                Response response = call.get(60, TimeUnit.SECONDS);
                assertTrue(
                        response.statusCode() == 200 || response.statusCode() == 409,
                        "every concurrent update is applied or refused, got " + response.statusCode());
                if (response.statusCode() == 409) {
                    assertEquals("CONCURRENT_MODIFICATION", response.jsonPath().getString("code"));
                } else {
                    succeeded++;
                }
            }
            int finalVersion =
                    given().get(path).then().statusCode(200).extract().path("version");
            assertEquals(succeeded, finalVersion, "each applied update moved the version once: none was lost");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswerAndCreatesNothingMore() {
        Map<String, Object> body = newResourceBody();
        String key = java.util.UUID.randomUUID().toString();
        Response first = given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(collectionPath());
        assertEquals(201, first.statusCode());
        Response again = given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "\"" + key + "\"")
                .body(body)
                .post(collectionPath());
        assertEquals(201, again.statusCode());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(first.jsonPath().getMap(""), again.jsonPath().getMap(""));

        Map<String, Object> other = newResourceBody();
        assertProblem(
                given().auth()
                        .oauth2(admin())
                        .contentType(ContentType.JSON)
                        .header("Idempotency-Key", key)
                        .body(other)
                        .post(collectionPath())
                        .then(),
                422,
                "IDEMPOTENCY_KEY_REUSED");
        given().get(resourcePath(other)).then().statusCode(404);
        assertProblem(
                        given().auth()
                                .oauth2(admin())
                                .contentType(ContentType.JSON)
                                .header("Idempotency-Key", "bad key")
                                .body(other)
                                .post(collectionPath())
                                .then(),
                        400,
                        "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aFailedCreateReleasesItsIdempotencyKey() {
        Map<String, Object> existing = newResourceBody();
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(existing)
                .post(collectionPath())
                .then()
                .statusCode(201);
        String key = java.util.UUID.randomUUID().toString();
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(existing)
                .post(collectionPath())
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(newResourceBody())
                .post(collectionPath())
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOnce() throws Exception {
        Map<String, Object> body = newResourceBody();
        String key = java.util.UUID.randomUUID().toString();
        String token = admin();
        int callers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(CompletableFuture.supplyAsync(
                        () -> {
                            awaitQuietly(start);
                            return given().auth()
                                    .oauth2(token)
                                    .contentType(ContentType.JSON)
                                    .header("Idempotency-Key", key)
                                    .body(body)
                                    .post(collectionPath());
                        },
                        pool));
            }
            start.countDown();
            int originals = 0;
            for (CompletableFuture<Response> call : calls) {
                Response response = call.get(60, TimeUnit.SECONDS);
                if (response.statusCode() == 409) {
                    assertEquals(
                            "IDEMPOTENCY_REQUEST_IN_PROGRESS",
                            response.jsonPath().getString("code"));
                } else {
                    assertEquals(201, response.statusCode());
                    if (response.header("Idempotent-Replayed") == null) {
                        originals++;
                    }
                }
            }
            assertEquals(1, originals, "exactly one request created the resource; the others were told or replayed");
            given().get(resourcePath(body)).then().statusCode(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", notNullValue())
                .body("paths", notNullValue());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tamperedPayload(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(
                        java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"citizen\"", "\"admin\"");
        return parts[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[2];
    }
}
