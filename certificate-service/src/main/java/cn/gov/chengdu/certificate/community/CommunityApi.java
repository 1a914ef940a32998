package cn.gov.chengdu.certificate.community;

/** The communities' response bodies. */
public final class CommunityApi {

    private CommunityApi() {}

    public record CommunityView(String code, String name, String district, CommunityLevel level) {
        static CommunityView of(Community c) {
            return new CommunityView(c.code, c.name, c.district, c.level);
        }
    }

    /** A community as other records name it: code and name. */
    public record CommunityRef(String code, String name) {}
}
