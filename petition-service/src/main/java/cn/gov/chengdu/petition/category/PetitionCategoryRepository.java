package cn.gov.chengdu.petition.category;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class PetitionCategoryRepository implements PanacheRepositoryBase<PetitionCategory, String> {

    /** Keyset page ordered by code, optionally of one department. */
    public List<PetitionCategory> page(String afterCode, String departmentCode, int limit) {
        StringBuilder query = new StringBuilder("code > :after");
        Parameters parameters = Parameters.with("after", afterCode == null ? "" : afterCode);
        if (departmentCode != null) {
            query.append(" and departmentCode = :department");
            parameters.and("department", departmentCode);
        }
        return find(query.append(" order by code").toString(), parameters).page(0, limit).list();
    }
}
