package cn.gov.chengdu.certificate.type;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class StatusChangeRepository implements PanacheRepository<StatusChange> {

    public List<StatusChange> historyOf(long typeId) {
        return list("typeId = ?1 order by id", typeId);
    }
}
