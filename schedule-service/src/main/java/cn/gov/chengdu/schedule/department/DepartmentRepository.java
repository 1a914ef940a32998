package cn.gov.chengdu.schedule.department;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepositoryBase<Department, String> {

    /** Keyset page ordered by code: {@code limit} rows after {@code afterCode}. */
    public List<Department> page(String afterCode, Boolean pilot, int limit) {
        StringBuilder query = new StringBuilder("code > :after");
        Parameters parameters = Parameters.with("after", afterCode == null ? "" : afterCode);
        if (pilot != null) {
            query.append(" and pilot = :pilot");
            parameters.and("pilot", pilot);
        }
        return find(query.append(" order by code").toString(), parameters).page(0, limit).list();
    }
}
