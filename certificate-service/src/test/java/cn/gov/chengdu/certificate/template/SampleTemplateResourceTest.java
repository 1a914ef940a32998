package cn.gov.chengdu.certificate.template;

import static cn.gov.chengdu.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.gov.chengdu.certificate.CertificateFixtures;
import cn.gov.chengdu.certificate.type.IssuingLevel;
import cn.gov.chengdu.certificate.type.StoredTemplate;

@QuarkusTest
class SampleTemplateResourceTest {

    @Inject
    CertificateFixtures fixtures;

    @Test
    void theSampleShowsEachPlaceholderAsALabelledBlank() {
        String code = fixtures.retainedType(IssuingLevel.ANY, 90);
        given().get("/api/v1/certificate-types/" + code + "/template")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("<h1>居住证明</h1>"))
                .body(containsString("兹证明<span class=\"blank\"><span class=\"label\">申请人姓名</span></span>"))
                .body(containsString("<span class=\"label\">公民身份号码</span>"))
                .body(containsString("<span class=\"label\">起始日期</span>"))
                .body(containsString("<span class=\"label\">居住地址</span>"))
                .body(containsString("特此证明。"))
                .body(containsString("《测试条例》 第一条"))
                .body(containsString("居民身份证"))
                .body(containsString("@media print"))
                .body(not(containsString("{{")));
    }

    @Test
    void textFromTheDatabaseIsEscaped() {
        String code = fixtures.retainedTypeWith(
                "<b>证明</b>",
                new StoredTemplate(
                        "<script>alert('title')</script>",
                        "<script>alert(1)</script>{{evil}}&amp;",
                        List.of(new StoredTemplate.Field("evil", "<img src=x onerror=alert(2)>", true))));
        given().get("/api/v1/certificate-types/" + code + "/template")
                .then()
                .statusCode(200)
                .body(not(containsString("<script>")))
                .body(not(containsString("<img")))
                .body(not(containsString("<b>")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(containsString("&lt;img src=x onerror=alert(2)&gt;"))
                .body(containsString("&amp;amp;"));
    }

    @Test
    void anUnknownTypeOrOneWithoutTemplateIs404() {
        assertProblem(
                given().get("/api/v1/certificate-types/NO-SUCH-TYPE/template").then(), 404, "NOT_FOUND");
        assertProblem(
                given().get("/api/v1/certificate-types/" + fixtures.retainedTypeWithoutTemplate() + "/template")
                        .then(),
                404,
                "TEMPLATE_NOT_FOUND");
    }
}
