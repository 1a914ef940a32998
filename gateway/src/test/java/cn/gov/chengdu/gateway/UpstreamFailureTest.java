package cn.gov.chengdu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.gateway.testing.FakeUpstreams;
import cn.gov.chengdu.gateway.testing.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class UpstreamFailureTest {

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void anUpstreamThatIsDownIs503WhileTheOtherRoutesWork() {
        given().header("X-Request-Id", "down-1").get("/api/v1/petition-categories").then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", is(503)).body("code", is("UPSTREAM_UNAVAILABLE"))
                .body("title", is("Service Unavailable")).body("detail", containsString("petition"))
                .body("instance", is("/api/v1/petition-categories")).body("requestId", is("down-1"));
        given().get("/api/v1/certificate-types").then().statusCode(200).body("upstream", is("certificate"));
        given().get("/api/v1/calendar/2026").then().statusCode(200).body("upstream", is("schedule"));
    }

    @Test
    void anUpstreamThatSendsNothingIs504AfterItsTimeout() {
        given().get("/api/v1/calendar/hang").then().statusCode(504).time(lessThan(5000L))
                .contentType("application/problem+json")
                .body("code", is("UPSTREAM_TIMEOUT")).body("title", is("Gateway Timeout"))
                .body("detail", containsString("schedule"));
        given().get("/api/v1/calendar/2026").then().statusCode(200).body("upstream", is("schedule"));
    }

    @Test
    void http2ClientsGetTheSameAnswers() throws Exception {
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        for (String[] expected : new String[][] { { "/api/v1/certificate-types", "200" }, { "/api/v1/certificate-requests", "401" },
                { "/api/v1/petition-categories", "503" }, { "/api/v1/calendar/hang", "504" } }) {
            HttpResponse<String> response = http2.send(HttpRequest.newBuilder(gateway.resolve(expected[0]))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(Integer.parseInt(expected[1]), response.statusCode(), expected[0] + ": " + response.body());
            assertEquals(HttpClient.Version.HTTP_2, response.version());
        }
    }

    @Test
    void onlyGetAndHeadAreTriedAgainWhenNoConnectionCanBeMade() {
        double before = retries("unreachable");
        given().get("/api/v1/unreachable/1").then().statusCode(503).body("code", is("UPSTREAM_UNAVAILABLE"));
        assertEquals(before + 1, retries("unreachable"));
        given().body("{}").contentType("application/json").post("/api/v1/unreachable").then().statusCode(503);
        assertEquals(before + 1, retries("unreachable"));
    }

    @Test
    void theCircuitOpensAfterConsecutiveFailuresAndThenSparesTheUpstream() {
        for (int i = 0; i < 3; i++) {
            given().post("/api/v1/flaky/drop").then().statusCode(503)
                    .body("code", is("UPSTREAM_UNAVAILABLE")).body("detail", containsString("broke off"));
        }
        assertEquals(3, FakeUpstreams.dropped("flaky"));

        given().post("/api/v1/flaky/drop").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("code", is("UPSTREAM_UNAVAILABLE")).body("detail", containsString("not calling it"));
        given().get("/api/v1/flaky/still-fine").then().statusCode(503).header("Retry-After", matchesPattern("[0-9]+"));
        assertEquals(3, FakeUpstreams.dropped("flaky"));

        given().get("/api/v1/certificate-types").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.'flaky.circuit'", is("OPEN"))
                .body("checks.find { it.name == 'upstreams' }.data.'certificate.circuit'", is("CLOSED"));
    }

    private static double retries(String upstream) {
        String metrics = given().get("/q/metrics").asString();
        Matcher value = Pattern.compile("(?m)^gateway_retries_total\\{upstream=\"" + upstream + "\"} (\\S+)$")
                .matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
