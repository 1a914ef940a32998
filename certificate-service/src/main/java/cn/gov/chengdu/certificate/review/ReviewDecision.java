package cn.gov.chengdu.certificate.review;

public enum ReviewDecision {
    APPROVE,
    REJECT
}
