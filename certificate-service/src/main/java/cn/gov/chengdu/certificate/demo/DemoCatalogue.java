package cn.gov.chengdu.certificate.demo;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;

import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;

/**
 * The Chengdu catalogue as the demo data files describe it, each type in its final state: the 15 types of the
 * retention list effective 2017-05-01 ({@code retained-types.json}), the 20 certificates the Ministry of Civil
 * Affairs and five other departments said in 2020 villages and communities should not issue
 * ({@code national-2020-types.json}) and the other abolished ones ({@code abolished-types.json}). These entities
 * are the plan (what each type ends as), never persisted: {@link CatalogueStep} makes the real ones through the
 * catalogue's own lifecycle.
 */
@ApplicationScoped
public class DemoCatalogue {

    static final String RETAINED_FILE = "retained-types.json";
    static final String NATIONAL_FILE = "national-2020-types.json";
    static final String ABOLISHED_FILE = "abolished-types.json";

    private final DemoFiles files;

    public DemoCatalogue(DemoFiles files) {
        this.files = files;
    }

    /** All types, retained first, each group in file order; fails when the files break a rule of {@link DemoCatalogueRules}. */
    public List<CertificateType> read() {
        List<CertificateType> types = new ArrayList<>();
        for (CertificateType retained : files.read(RETAINED_FILE, new TypeReference<List<CertificateType>>() {})) {
            retained.status = CertificateTypeStatus.RETAINED;
            types.add(retained);
        }
        types.addAll(files.read(NATIONAL_FILE, new TypeReference<AbolishedTypeFile>() {})
                .types());
        types.addAll(files.read(ABOLISHED_FILE, new TypeReference<AbolishedTypeFile>() {})
                .types());
        List<String> problems = DemoCatalogueRules.problems(types);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("demo catalogue files are invalid: " + String.join("; ", problems));
        }
        return types;
    }
}
