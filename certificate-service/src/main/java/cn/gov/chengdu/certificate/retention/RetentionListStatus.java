package cn.gov.chengdu.certificate.retention;

/** A retention list is drafted, then published once; a published list never changes. */
public enum RetentionListStatus {
    DRAFT,
    PUBLISHED
}
