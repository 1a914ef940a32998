package cn.gov.chengdu.testing;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** The shape every error answer must have (RFC 9457 + a stable code), and nothing internal in it. */
public final class ProblemAssertions {

    private ProblemAssertions() {}

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body(
                        "type",
                        equalTo("urn:chengdu-suite:problem:"
                                + code.toLowerCase().replace('_', '-')))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("requestId", notNullValue())
                .header("X-Request-Id", notNullValue())
                .body(allOf(
                        not(containsString("Exception")),
                        not(containsString("\tat ")),
                        not(containsString("org.hibernate")),
                        not(containsString("SQL")),
                        not(containsString("cn.gov.chengdu."))));
    }
}
