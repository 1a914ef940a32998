package cn.gov.chengdu.certificate.review;

/** The three bodies of the joint review (三堂会审); a reviewer's token names theirs in the {@code reviewBody} claim. */
public enum ReviewBody {
    /** 市政务服务中心 */
    GOV_SERVICE_CENTER,
    /** 市民政局 */
    CIVIL_AFFAIRS,
    /** 市法制办 (legal affairs office) */
    LEGAL_AFFAIRS
}
