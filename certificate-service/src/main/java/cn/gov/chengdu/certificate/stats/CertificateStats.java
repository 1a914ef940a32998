package cn.gov.chengdu.certificate.stats;

import java.util.List;

/**
 * The reform in figures. {@code surveyed}: every type in the catalogue, whatever its status; {@code retained} and
 * {@code abolished}: those with that status; {@code reductionPercent}: abolished / surveyed × 100, unrounded;
 * {@code issuedBy…}: certificates issued (revoked ones included), most first; {@code averageProcessingHours}:
 * mean hours from submission to issue over issued requests ({@code null} before the first).
 */
public record CertificateStats(
        long surveyed,
        long retained,
        long abolished,
        double reductionPercent,
        List<IssuedCount> issuedByType,
        List<IssuedCount> issuedByCommunity,
        Double averageProcessingHours) {

    public record IssuedCount(String code, String name, long count) {}

    /** Abolished as a share of surveyed, in percent; 0 for an empty catalogue. */
    public static double reductionPercent(long surveyed, long abolished) {
        return surveyed == 0 ? 0 : abolished * 100.0 / surveyed;
    }
}
