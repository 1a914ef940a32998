package cn.gov.chengdu.certificate.community;

/** A village (村) or an urban community (社区). */
public enum CommunityLevel {
    VILLAGE,
    COMMUNITY
}
