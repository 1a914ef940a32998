package cn.gov.chengdu.certificate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CertificateStatsTest {

    @Test
    void chengdusReductionIsAbolishedOverSurveyed() {
        assertEquals(298 * 100.0 / 313, CertificateStats.reductionPercent(313, 298));
        assertEquals(95.2, CertificateStats.reductionPercent(313, 298), 0.01);
    }

    @Test
    void anEmptyCatalogueHasNoReduction() {
        assertEquals(0.0, CertificateStats.reductionPercent(0, 0));
    }
}
