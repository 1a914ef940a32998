package cn.gov.chengdu.certificate.certificate;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<Certificate, String> {

    /** The next value of the certificate number sequence: unique across instances, never reused. */
    public long nextSequenceNumber() {
        return ((Number) getEntityManager()
                        .createNativeQuery("select nextval('certificate_number_seq')")
                        .getSingleResult())
                .longValue();
    }

    /** The certificate locked for the rest of the transaction. */
    public Optional<Certificate> lock(String number) {
        return findByIdOptional(number, LockModeType.PESSIMISTIC_WRITE);
    }
}
