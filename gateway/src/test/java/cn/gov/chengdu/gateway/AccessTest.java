package cn.gov.chengdu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.gateway.testing.FakeUpstreams;
import cn.gov.chengdu.gateway.testing.TestApiKeys;
import cn.gov.chengdu.gateway.testing.UpstreamsResource;
import cn.gov.chengdu.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Who may call what: public operations from the contracts, bearer tokens elsewhere, API keys for integrators. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class AccessTest {

    @Test
    void anOperationThatIsNotPublicNeedsATokenAndIsRefusedBeforeAnyUpstreamCall() {
        for (String[] call : new String[][] { { "GET", "/api/v1/certificate-requests" },
                { "PUT", "/api/v1/certificate-types/FAMILY" }, { "GET", "/api/v1/certificate-types/FAMILY/secret" },
                { "DELETE", "/api/v1/certificate-types" }, { "POST", "/api/v1/petitions" } }) {
            String id = "anonymous-" + UUID.randomUUID();
            given().header("X-Request-Id", id).request(call[0], call[1]).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("code", is("UNAUTHENTICATED")).body("requestId", is(id));
            assertFalse(FakeUpstreams.received("certificate", id), call[0] + " " + call[1]);
        }
    }

    @Test
    void publicOperationsPassWithoutAToken() {
        given().get("/api/v1/certificate-types").then().statusCode(200).body("path", is("/api/v1/certificate-types"));
        given().get("/api/v1/certificate-types/lookup").then().statusCode(200);
        given().get("/api/v1/certificate-types/FAMILY").then().statusCode(200);
        given().head("/api/v1/certificate-types/FAMILY").then().statusCode(200);
        given().get("/api/v1/certificate-stats").then().statusCode(200);
        given().get("/api/v1/certificates/CD-2026-1").then().statusCode(200);
        given().contentType("application/json").body("{}").post("/api/v1/certificate-verifications").then().statusCode(200);
    }

    @Test
    void aBadTokenIsRefusedEvenOnAPublicOperation() {
        String id = "bad-token-public-" + UUID.randomUUID();
        given().header("X-Request-Id", id).auth().oauth2(TestTokens.as("citizen").signWithUnknownKey())
                .get("/api/v1/certificate-types").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").body("code", is("UNAUTHENTICATED"));
        assertFalse(FakeUpstreams.received("certificate", id));
    }

    @Test
    void aValidTokenOpensTheOtherOperations() {
        given().auth().oauth2(TestTokens.citizen("citizen-access")).get("/api/v1/certificate-requests")
                .then().statusCode(200).body("path", is("/api/v1/certificate-requests"));
    }

    @Test
    void aKnownApiKeyIsRateLimitedAsItsIntegratorAndIsNotPassedOn() {
        given().header("X-API-Key", TestApiKeys.INTEGRATOR).get("/api/v1/certificate-types").then().statusCode(200)
                .header("RateLimit-Policy", is("\"key-bank-of-chengdu\";q=20000;w=2"))
                .header("RateLimit", startsWith("\"key-bank-of-chengdu\";r="))
                .body("headers.x-api-key", nullValue());
    }

    @Test
    void anUnknownOrMalformedApiKeyIs401EvenOnAPublicOperation() {
        for (String key : new String[] { TestApiKeys.UNKNOWN, "not-a-key", TestApiKeys.INTEGRATOR + "x" }) {
            String id = "bad-key-" + UUID.randomUUID();
            given().header("X-Request-Id", id).header("X-API-Key", key).get("/api/v1/certificate-types")
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("code", is("UNAUTHENTICATED")).body("detail", is("The API key is not valid"));
            assertFalse(FakeUpstreams.received("certificate", id));
        }
    }

    @Test
    void anApiKeyDoesNotStandInForAToken() {
        given().header("X-API-Key", TestApiKeys.INTEGRATOR).get("/api/v1/certificate-requests").then().statusCode(401);
        given().header("X-API-Key", TestApiKeys.INTEGRATOR).auth().oauth2(TestTokens.as("integrator").sign())
                .get("/api/v1/certificate-requests").then().statusCode(200)
                .header("RateLimit-Policy", startsWith("\"key-bank-of-chengdu\""));
    }

    @Test
    void theKeysFileHoldsOnlyHashes() {
        assertTrue(TestApiKeys.sha256(TestApiKeys.INTEGRATOR).matches("[0-9a-f]{64}"));
    }
}
