package cn.gov.chengdu.certificate.request;

/** SUBMITTED ⇄ INFO_REQUESTED; SUBMITTED → ISSUED; SUBMITTED | INFO_REQUESTED → REJECTED | WITHDRAWN. */
public enum RequestStatus {
    SUBMITTED,
    INFO_REQUESTED,
    ISSUED,
    REJECTED,
    WITHDRAWN
}
