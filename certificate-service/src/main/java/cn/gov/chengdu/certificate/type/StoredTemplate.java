package cn.gov.chengdu.certificate.type;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A type's sample template (证明范本) as the catalogue stores it (the {@code certificate_type.template} jsonb): a
 * title, a body with {@code {{placeholders}}} and the fields that fill them. The API's
 * {@link CertificateTypeApi.Template} is mapped to and from it, so the wire can change without touching stored rows;
 * a change of this shape needs a migration.
 */
public record StoredTemplate(String title, String body, List<Field> fields) {

    public StoredTemplate {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public record Field(String name, String label, boolean required) {}

    /** Field name → label, in declaration order. */
    public Map<String, String> fieldLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        fields.forEach(field -> labels.put(field.name(), field.label()));
        return labels;
    }
}
