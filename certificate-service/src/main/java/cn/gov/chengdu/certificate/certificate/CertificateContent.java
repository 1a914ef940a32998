package cn.gov.chengdu.certificate.certificate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.chengdu.certificate.type.StoredTemplate;

/**
 * What an issued certificate certifies, frozen at issue so that it reads the same forever: the type's template as
 * it was then and the request's values. Stored as a document of its own ({@code certificate.content} jsonb), with
 * its {@code format} number: neither the catalogue's template shape nor the API's may change it. A new shape
 * takes a new format number and a reader for the old ones.
 */
public record CertificateContent(int format, Template template, Map<String, String> fields) {

    public static final int FORMAT = 1;

    public CertificateContent {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** The template as the certificate keeps it; {@code null} for a type without one. */
    public record Template(String title, String body, List<Field> fields) {

        public record Field(String name, String label, boolean required) {}

        /** Field name → label. */
        public Map<String, String> fieldLabels() {
            Map<String, String> labels = new LinkedHashMap<>();
            fields.forEach(field -> labels.put(field.name(), field.label()));
            return labels;
        }
    }

    /** The content of a certificate issued now from a type's template and a request's values. */
    public static CertificateContent of(StoredTemplate template, Map<String, String> fields) {
        Template frozen = template == null
                ? null
                : new Template(
                        template.title(),
                        template.body(),
                        template.fields().stream()
                                .map(f -> new Template.Field(f.name(), f.label(), f.required()))
                                .toList());
        return new CertificateContent(FORMAT, frozen, fields);
    }
}
