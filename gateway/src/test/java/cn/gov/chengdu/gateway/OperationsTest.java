package cn.gov.chengdu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.gateway.testing.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What operators and integrators see of the gateway itself: docs, contracts, health, metrics. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class OperationsTest {

    @Test
    void theDocsPageListsTheThreeServicesWithTheirContractsAndPaths() {
        given().get("/docs").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<h2>certificate</h2>"), containsString("<h2>petition</h2>"),
                        containsString("<h2>schedule</h2>"))
                .body(containsString("href=\"/openapi/certificate\""), containsString("href=\"/openapi/petition\""),
                        containsString("href=\"/openapi/schedule?format=json\""))
                .body(containsString("<code>/api/v1/retention-lists</code>"), containsString("<code>/api/v1/campaigns</code>"),
                        containsString("<code>/api/v1/working-days</code>"))
                .body(containsString("减证便民"));
    }

    @Test
    void eachServicesContractIsServedAsAskedFor() {
        given().get("/openapi/certificate").then().statusCode(200)
                .contentType(startsWith("application/yaml"))
                .body(containsString("openapi: 3.1.0"), containsString("title: certificate"));
        given().get("/openapi/schedule?format=json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("info.title", is("schedule"));
        given().accept("application/json").get("/openapi/certificate").then().statusCode(200)
                .body("info.title", is("certificate"));
    }

    @Test
    void aContractOfAServiceThatIsDownOrUnknownIsAProblem() {
        given().get("/openapi/petition").then().statusCode(503)
                .contentType("application/problem+json").body("code", is("UPSTREAM_UNAVAILABLE"));
        given().get("/openapi/no-such-service").then().statusCode(404)
                .contentType("application/problem+json").body("code", is("NOT_FOUND"));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void readinessReportsEachUpstreamAndStaysUpWhenOneIsDown() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'upstreams' }.status", is("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.certificate", is("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.schedule", is("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.petition", is("DOWN"));
    }

    @Test
    void requestsAreTimedPerRoute() {
        given().get("/api/v1/certificate-stats").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("gateway_requests_seconds_count{method=\"GET\",status=\"2xx\",upstream=\"certificate\"}"))
                .body(containsString("gateway_requests_seconds_sum{method=\"GET\",status=\"2xx\",upstream=\"certificate\"}"));
    }
}
