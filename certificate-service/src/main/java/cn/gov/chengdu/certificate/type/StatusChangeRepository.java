package cn.gov.chengdu.certificate.type;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class StatusChangeRepository implements PanacheRepository<StatusChange> {

    public List<StatusChange> historyOf(CertificateType type) {
        return list("certificateType = ?1 order by id", type);
    }

    /** Records the changes a lifecycle method answered ({@code null}: nothing changed). */
    public void record(StatusChange... changes) {
        for (StatusChange change : changes) {
            if (change != null) {
                persist(change);
            }
        }
    }

    public void record(List<StatusChange> changes) {
        changes.stream().filter(Objects::nonNull).forEach(this::persist);
    }
}
