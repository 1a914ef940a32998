package cn.gov.chengdu.certificate.type;

/** DRAFT → UNDER_REVIEW → APPROVED → RETAINED, or → ABOLISHED (with a reason). */
public enum CertificateTypeStatus {
    DRAFT, UNDER_REVIEW, APPROVED, RETAINED, ABOLISHED
}
