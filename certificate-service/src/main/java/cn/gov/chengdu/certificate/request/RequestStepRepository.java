package cn.gov.chengdu.certificate.request;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class RequestStepRepository implements PanacheRepository<RequestStep> {

    public List<RequestStep> timelineOf(CertificateRequest request) {
        return list("request = ?1 order by id", request);
    }
}
