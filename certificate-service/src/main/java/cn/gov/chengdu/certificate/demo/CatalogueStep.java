package cn.gov.chengdu.certificate.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.chengdu.certificate.demo.CatalogueHistory.TypeHistory;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;

/**
 * The Chengdu catalogue: 313 surveyed types with their history, the joint review's votes and the published
 * retention list effective 2017-05-01 that keeps 15 of them.
 */
@ApplicationScoped
public class CatalogueStep implements DemoDataStep {

    private final DemoCatalogue catalogue;
    private final DemoFiles files;

    public CatalogueStep(DemoCatalogue catalogue, DemoFiles files) {
        this.catalogue = catalogue;
        this.files = files;
    }

    @Override
    public String name() {
        return "catalogue";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public int load(Connection connection, DemoDataProgress progress) throws SQLException {
        List<CertificateType> types = catalogue.read();
        List<TypeHistory> histories = CatalogueHistory.plan(types);
        CatalogueWriter writer = new CatalogueWriter(connection, files, progress);
        Map<String, Long> ids = writer.types(histories);
        writer.history(histories, ids);
        writer.votes(histories, ids);
        writer.retentionList(types.stream().filter(t -> t.status == CertificateTypeStatus.RETAINED)
                .sorted(Comparator.comparing((CertificateType t) -> t.code)).toList(), ids);
        return types.size();
    }
}
