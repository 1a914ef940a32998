package cn.gov.chengdu.certificate.community;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.chengdu.certificate.community.CommunityApi.CommunityView;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.web.Cursors;
import cn.gov.chengdu.common.web.Page;

/** The registry of issuing villages and communities (read-only over the API; loaded by the city). */
@ApplicationScoped
public class CommunityService {

    private final CommunityRepository communities;

    public CommunityService(CommunityRepository communities) {
        this.communities = communities;
    }

    public Page<CommunityView> list(String district, CommunityLevel level, Integer limit, String cursor) {
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        List<Community> rows = communities.page(after == null ? null : after.get(0), district, level, size + 1);
        return Page.fromRows(rows, size, CommunityView::of, c -> Cursors.encode(c.code));
    }

    public CommunityView get(String code) {
        return CommunityView.of(find(code));
    }

    /** The community, or 404. */
    public Community find(String code) {
        Community community = communities.findById(code);
        if (community == null) {
            throw ProblemException.notFound("Community " + code);
        }
        return community;
    }
}
