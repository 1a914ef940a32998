package cn.gov.chengdu.certificate.request;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import cn.gov.chengdu.certificate.CertificateFixtures;
import cn.gov.chengdu.testing.TestTokens;

/** Certificate requests through the API, as a citizen and community staff make them. */
public final class RequestCalls {

    public static final String REQUESTS = "/api/v1/certificate-requests";

    private RequestCalls() {}

    /** A complete request body for the fixture template, for the applicant 张小三. */
    public static Map<String, Object> body(String typeCode, String communityCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("typeCode", typeCode);
        body.put("communityCode", communityCode);
        body.put("purpose", "银行开户");
        body.put("applicant", Map.of("name", "张小三", "idNumber", CertificateFixtures.idNumber(123)));
        body.put("fields", Map.of("since", "2015年3月", "address", "武侯区玉林北路1号"));
        return body;
    }

    public static Response submit(String citizenToken, Map<String, Object> body) {
        return given().auth()
                .oauth2(citizenToken)
                .contentType(ContentType.JSON)
                .body(body)
                .post(REQUESTS);
    }

    /** Submits and answers the new request's id. */
    public static long submitted(String citizenToken, String typeCode, String communityCode) {
        return submit(citizenToken, body(typeCode, communityCode))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public static Response act(String token, long id, String action, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(REQUESTS + "/" + id + "/" + action);
    }

    /** Submits, has the community's staff issue, and answers the certificate number. */
    public static String issuedCertificate(String citizenToken, String typeCode, String communityCode) {
        long id = submitted(citizenToken, typeCode, communityCode);
        return act(TestTokens.communityStaff("staff-" + communityCode, communityCode), id, "issue", Map.of())
                .then()
                .statusCode(200)
                .extract()
                .path("certificateNumber");
    }
}
