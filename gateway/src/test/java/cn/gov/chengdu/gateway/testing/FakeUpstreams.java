package cn.gov.chengdu.gateway.testing;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

/** Asks the fake upstreams (directly, not through the gateway) what they received. */
public final class FakeUpstreams {

    private FakeUpstreams() {
    }

    public static String baseUrl(String upstream) {
        return ConfigProvider.getConfig().getValue("gateway.upstream." + upstream, String.class);
    }

    /** Whether {@code upstream} received a request carrying {@code X-Request-Id: requestId}. */
    public static boolean received(String upstream, String requestId) {
        return given().baseUri(baseUrl(upstream)).get("/__seen/" + requestId).statusCode() == 200;
    }

    /** How many exchanges {@code upstream} broke off. */
    public static int dropped(String upstream) {
        return Integer.parseInt(given().baseUri(baseUrl(upstream)).get("/__dropped").asString());
    }
}
