package cn.gov.chengdu.certificate.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.certificate.community.CommunityApi.CommunityRef;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeRef;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;

/** An issued certificate's lifecycle, without a database. */
class CertificateLifecycleTest {

    private static final Actor STAFF = new Actor("staff-1", "community-staff");
    private static final Instant ISSUED = Instant.parse("2026-11-20T07:05:00Z");

    private static Certificate issued(Integer validityDays) {
        return Certificate.issue(
                "CD-2026-000001",
                new Issuance(
                        7,
                        new TypeRef("T-1", "居住证明"),
                        new CommunityRef("C-1", "玉林社区"),
                        "citizen-1",
                        "张小三",
                        "510104199003071234",
                        "银行开户",
                        new CertificateContent(CertificateContent.FORMAT, null, Map.of("address", "玉林北路1号")),
                        validityDays),
                "ABCD2345",
                STAFF,
                ISSUED);
    }

    @Test
    void validUntilItExpiresThenExpired() {
        Certificate certificate = issued(30);
        assertEquals(ISSUED.plusSeconds(30L * 86400), certificate.expiresAt);
        assertEquals(CertificateStatus.VALID, certificate.statusAt(ISSUED.plusSeconds(86400)));
        assertEquals(CertificateStatus.EXPIRED, certificate.statusAt(certificate.expiresAt));
        assertEquals(CertificateStatus.VALID, issued(null).statusAt(ISSUED.plusSeconds(3650L * 86400)));
    }

    @Test
    void revokedOnceWithAReasonAndRevokedWinsOverExpired() {
        Certificate certificate = issued(1);
        certificate.revoke(" 信息有误 ", "补发", STAFF, ISSUED.plusSeconds(60));
        assertEquals("信息有误", certificate.revocationReason);
        assertEquals("staff-1", certificate.revokedBy);
        assertEquals(CertificateStatus.REVOKED, certificate.statusAt(ISSUED.plusSeconds(5L * 86400)));
        ProblemException again = assertThrows(
                ProblemException.class, () -> certificate.revoke("再次", null, STAFF, ISSUED.plusSeconds(120)));
        assertEquals(409, again.status());
        assertEquals("CERTIFICATE_ALREADY_REVOKED", again.code());
    }

    @Test
    void notBeforeItWasIssuedNorWithoutAReason() {
        assertThrows(IllegalArgumentException.class, () -> issued(1).revoke("x", null, STAFF, ISSUED.minusSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> issued(1).revoke(" ", null, STAFF, ISSUED));
    }
}
