package cn.gov.chengdu.certificate.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.certificate.type.StoredTemplate;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;

/** A request's state machine, without a database. */
class CertificateRequestWorkflowTest {

    private static final Actor OWNER = new Actor("citizen-1", "citizen");
    private static final Actor STAFF = new Actor("staff-1", "community-staff");
    private static final Instant T0 = Instant.parse("2026-11-20T01:20:00Z");
    private static final StoredTemplate TEMPLATE =
            new StoredTemplate("居住证明", "{{address}}", List.of(new StoredTemplate.Field("address", "居住地址", true)));

    private static CertificateRequest submitted() {
        CertificateRequest request = new CertificateRequest(
                "T-1", "C-1", "citizen-1", "张小三", "510104199003071234", "银行开户", Map.of("address", "玉林北路1号"));
        RequestStep step = request.submit(OWNER, T0, "请尽快");
        assertEquals(RequestAction.SUBMIT, step.action);
        assertNull(step.fromStatus);
        assertEquals("请尽快", step.note);
        return request;
    }

    @Test
    void submittedThenIssuedDecidesTheRequest() {
        CertificateRequest request = submitted();
        assertEquals(RequestStatus.SUBMITTED, request.status);
        assertEquals(T0, request.submittedAt);
        assertEquals(
                List.of("issue", "reject", "request-info", "withdraw"), RequestAction.allowedPaths(request.status));
        RequestStep issued = request.issue("CD-2026-000001", STAFF, T0.plusSeconds(3600), null);
        assertEquals(RequestStatus.ISSUED, request.status);
        assertEquals("CD-2026-000001", request.certificateNumber);
        assertEquals(T0.plusSeconds(3600), request.decidedAt);
        assertEquals(RequestStatus.SUBMITTED, issued.fromStatus);
        assertEquals("community-staff", issued.role);
    }

    @Test
    void anInformationRequestAndItsSupplementDoNotDecide() {
        CertificateRequest request = submitted();
        RequestStep asked = request.apply(RequestAction.REQUEST_INFO, STAFF, T0.plusSeconds(60), " 请补充门牌号 ", null);
        assertEquals("请补充门牌号", asked.detail);
        assertEquals(RequestStatus.INFO_REQUESTED, request.status);
        request.supplement(Map.of("address", "玉林北路1号附3号"), TEMPLATE, OWNER, T0.plusSeconds(120), null);
        assertEquals(RequestStatus.SUBMITTED, request.status);
        assertEquals("玉林北路1号附3号", request.fields.get("address"));
        assertNull(request.decidedAt);
    }

    @Test
    void aSupplementMustStillFitTheTemplate() {
        CertificateRequest request = submitted();
        request.apply(RequestAction.REQUEST_INFO, STAFF, T0, "请补充", null);
        ProblemException e = assertThrows(
                ProblemException.class, () -> request.supplement(Map.of("unknown", "x"), TEMPLATE, OWNER, T0, null));
        assertEquals("VALIDATION_FAILED", e.code());
        assertEquals(RequestStatus.INFO_REQUESTED, request.status);
    }

    @Test
    void aDecidedRequestTakesNoMoreStepsAndSaysWhichItWouldHave() {
        CertificateRequest request = submitted();
        request.apply(RequestAction.WITHDRAW, OWNER, T0.plusSeconds(10), null, null);
        assertEquals(T0.plusSeconds(10), request.decidedAt);
        ProblemException e =
                assertThrows(ProblemException.class, () -> request.apply(RequestAction.REJECT, STAFF, T0, "迟了", null));
        assertEquals("ILLEGAL_TRANSITION", e.code());
        assertEquals("WITHDRAWN", e.extensions().get("currentStatus"));
        assertEquals(List.of(), e.extensions().get("allowed"));
    }

    @Test
    void aRejectionNeedsItsReasonAndOtherStepsTakeNone() {
        CertificateRequest request = submitted();
        assertThrows(IllegalArgumentException.class, () -> request.apply(RequestAction.REJECT, STAFF, T0, " ", null));
        assertThrows(
                IllegalArgumentException.class,
                () -> request.apply(RequestAction.WITHDRAW, OWNER, T0, "a reason", null));
        assertThrows(IllegalArgumentException.class, () -> request.apply(RequestAction.ISSUE, STAFF, T0, null, null));
        assertEquals(RequestStatus.SUBMITTED, request.status);
    }
}
