package cn.gov.chengdu.certificate.community;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class CommunityRepository implements PanacheRepositoryBase<Community, String> {

    public List<Community> page(String afterCode, String district, CommunityLevel level, int limit) {
        StringBuilder query = new StringBuilder("code > :after");
        Parameters parameters = Parameters.with("after", afterCode == null ? "" : afterCode);
        if (district != null) {
            query.append(" and district = :district");
            parameters.and("district", district);
        }
        if (level != null) {
            query.append(" and level = :level");
            parameters.and("level", level);
        }
        return find(query.append(" order by code").toString(), parameters)
                .page(0, limit)
                .list();
    }
}
