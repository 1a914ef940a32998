package cn.gov.chengdu.certificate.certificate;

/** Computed when read: revoked wins over expired. */
public enum CertificateStatus {
    VALID,
    REVOKED,
    EXPIRED
}
