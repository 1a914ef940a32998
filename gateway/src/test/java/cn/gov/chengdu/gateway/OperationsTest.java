package cn.gov.chengdu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.gateway.testing.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What operators and integrators see of the gateway itself: docs, contracts, status, health, metrics. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class OperationsTest {

    @Test
    void theMergedContractHasEveryServicesRoutedPathsAndTheGatewaysOwn() {
        given().get("/openapi?format=json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("openapi", is("3.1.0"))
                .body("info.title", is("Chengdu small reforms suite API"))
                .body("paths.keySet()", hasItems("/api/v1/certificate-types", "/api/v1/certificate-types/{code}",
                        "/api/v1/calendar/{year}", "/api/v1/petition-categories", "/api/v1/status", "/openapi", "/docs"))
                .body("paths.'/api/v1/internal-only'", nullValue())
                .body("paths.'/api/v1/status'.get.security.size()", is(0));
        given().get("/openapi").then().statusCode(200).contentType(startsWith("application/yaml"))
                .body(containsString("openapi: 3.1.0"), containsString("/api/v1/petition-categories:"));
    }

    @Test
    void componentsOfTheSameNameButDifferentContentAreRenamedAndTheirReferencesFollow() {
        given().get("/openapi?format=json").then().statusCode(200)
                .body("components.schemas.Page.properties.keySet()", is(java.util.Set.of("items")))
                .body("components.schemas.SchedulePage.properties.keySet()", hasItems("items", "nextCursor"))
                .body("paths.'/api/v1/calendar/{year}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        is("#/components/schemas/SchedulePage"))
                .body("paths.'/api/v1/certificate-types'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        is("#/components/schemas/Page"))
                .body("components.securitySchemes.SecurityScheme.scheme", is("bearer"))
                .body("components.securitySchemes.keySet().size()", is(1));
    }

    @Test
    void eachContractIsServedAlsoWhileItsServiceIsDown() {
        given().get("/openapi/petition").then().statusCode(200).contentType(startsWith("application/yaml"))
                .body(containsString("title: petition"));
        given().get("/openapi/certificate?format=json").then().statusCode(200).body("info.title", is("certificate"));
        given().accept("application/json").get("/openapi/gateway").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/v1/status"));
        given().get("/openapi/no-such-service").then().statusCode(404)
                .contentType("application/problem+json").body("code", is("NOT_FOUND"));
    }

    @Test
    void theDocsPageIsSwaggerUiServedByTheGatewayItself() {
        given().get("/docs").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("/docs/assets/swagger-ui-bundle.js"), containsString("url: '/openapi'"),
                        containsString("url: '/openapi/certificate'"), containsString("url: '/openapi/schedule'"),
                        containsString("减证便民"))
                .body(not(containsString("https://")));
        given().get("/docs/assets/swagger-ui-bundle.js").then().statusCode(200)
                .contentType(startsWith("text/javascript")).body(containsString("SwaggerUIBundle"));
        given().get("/docs/assets/swagger-ui.css").then().statusCode(200).contentType(startsWith("text/css"));
        given().get("/docs/assets/index.html").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theStatusListsEachUpstreamUpOrDownWithItsLatency() {
        given().get("/api/v1/status").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("RateLimit-Policy", startsWith("\"anonymous\""))
                .body("status", is("DEGRADED"))
                .body("checkedAt", startsWith("20"))
                .body("upstreams.find { it.name == 'certificate' }.status", is("UP"))
                .body("upstreams.find { it.name == 'certificate' }.latencyMs", greaterThanOrEqualTo(0))
                .body("upstreams.find { it.name == 'certificate' }.circuit", is("CLOSED"))
                .body("upstreams.find { it.name == 'schedule' }.status", is("UP"))
                .body("upstreams.find { it.name == 'petition' }.status", is("DOWN"));
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
    void requestsAreTimedPerUpstreamRouteMethodAndStatusClass() {
        given().get("/api/v1/certificate-stats").then().statusCode(200);
        given().get("/api/v1/certificate-requests").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("gateway_requests_seconds_count{method=\"GET\",route=\"/api/v1/certificate-stats\",status=\"2xx\",upstream=\"certificate\"}"))
                .body(containsString("gateway_requests_seconds_count{method=\"GET\",route=\"/api/v1/certificate-requests\",status=\"4xx\",upstream=\"certificate\"}"));
    }
}
