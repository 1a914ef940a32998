package cn.gov.chengdu.certificate.type;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT → UNDER_REVIEW → APPROVED → RETAINED, or → ABOLISHED (with a reason) from any of them. */
public enum CertificateTypeStatus {
    DRAFT,
    UNDER_REVIEW,
    APPROVED,
    RETAINED,
    ABOLISHED;

    /** The statuses a type in this one may move to. */
    public Set<CertificateTypeStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(UNDER_REVIEW, ABOLISHED);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, ABOLISHED);
            case APPROVED -> EnumSet.of(RETAINED, ABOLISHED);
            case RETAINED -> EnumSet.of(ABOLISHED);
            case ABOLISHED -> EnumSet.noneOf(CertificateTypeStatus.class);
        };
    }
}
