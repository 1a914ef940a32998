package cn.gov.chengdu.certificate.type;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gov.chengdu.common.web.Versioned;

/**
 * The catalogue's request and response bodies (the wire shapes). The entity stores its own shapes
 * ({@link StoredTemplate}, {@link StoredLegalBasis}); the mapping between them is here.
 */
public final class CertificateTypeApi {

    private CertificateTypeApi() {}

    /**
     * A certificate type's sample template (证明范本): a title, a body with {@code {{placeholders}}} and the fields
     * that fill them. The applicant's name and ID number, the community and the date are always available as
     * {@code {{applicantName}}}, {@code {{idNumber}}}, {@code {{communityName}}} and {@code {{issueDate}}}.
     */
    public record Template(
            @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 5000) String body,
            @NotNull @Valid List<Field> fields) {

        public record Field(
                @NotBlank @Pattern(regexp = "[a-z][A-Za-z0-9]{0,39}", message = "must be a camelCase name")
                String name,

                @NotBlank @Size(max = 50) String label,
                boolean required) {}

        static Template of(StoredTemplate stored) {
            return stored == null
                    ? null
                    : new Template(
                            stored.title(),
                            stored.body(),
                            stored.fields().stream()
                                    .map(f -> new Field(f.name(), f.label(), f.required()))
                                    .toList());
        }

        StoredTemplate toStored() {
            return new StoredTemplate(
                    title,
                    body,
                    fields.stream()
                            .map(f -> new StoredTemplate.Field(f.name(), f.label(), f.required()))
                            .toList());
        }
    }

    /** A legal basis of a certificate type: the law, its article and the authority that enacted it. */
    public record LegalBasis(
            @NotBlank @Size(max = 200) String law,
            @Size(max = 100) String article,
            @Size(max = 100) String authority) {

        static LegalBasis of(StoredLegalBasis stored) {
            return new LegalBasis(stored.law(), stored.article(), stored.authority());
        }

        StoredLegalBasis toStored() {
            return new StoredLegalBasis(law, article, authority);
        }
    }

    /** Why a type was abolished and what the citizen does instead. */
    public record Abolition(AbolitionReason reason, String detail, String alternative) {
        public static Abolition of(CertificateType type) {
            return type.status == CertificateTypeStatus.ABOLISHED
                    ? new Abolition(type.abolitionReason, type.abolitionDetail, type.abolitionAlternative)
                    : null;
        }
    }

    /** A type as other records name it: code and name. */
    public record TypeRef(String code, String name) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TypeSummary(
            String code,
            String name,
            List<String> aliases,
            String category,
            IssuingLevel issuingLevel,
            CertificateTypeStatus status,
            Abolition abolition,
            boolean illustrative,
            long version) {}

    public record StatusChangeView(
            CertificateTypeStatus from,
            CertificateTypeStatus to,
            String actor,
            String role,
            String note,
            OffsetDateTime at) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TypeView(
            String code,
            String name,
            List<String> aliases,
            String description,
            String category,
            IssuingLevel issuingLevel,
            String responsibleDepartment,
            List<LegalBasis> legalBases,
            List<String> requiredMaterials,
            Integer processingLimitDays,
            Integer validityDays,
            Template template,
            CertificateTypeStatus status,
            Abolition abolition,
            int reviewRound,
            boolean illustrative,
            List<StatusChangeView> statusHistory,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt)
            implements Versioned {}

    /** What an admin writes when editing a draft ({@code PUT}); {@link CreateType} adds the code. */
    public static class TypeContent {
        @NotBlank
        @Size(max = 100)
        public String name;

        @Size(max = 20)
        public List<@NotBlank @Size(max = 100) String> aliases;

        @Size(max = 2000)
        public String description;

        @Size(max = 50)
        public String category;

        @NotNull
        public IssuingLevel issuingLevel;

        @Size(max = 100)
        public String responsibleDepartment;

        @Size(max = 20)
        public List<@Valid @NotNull LegalBasis> legalBases;

        @Size(max = 30)
        public List<@NotBlank @Size(max = 200) String> requiredMaterials;

        @Min(0)
        @Max(60)
        public Integer processingLimitDays;

        @Min(1)
        @Max(3650)
        public Integer validityDays;

        @Valid
        public Template template;

        /** The content as the entity keeps it. */
        public CertificateType.Content toDomain() {
            return new CertificateType.Content(
                    name,
                    aliases,
                    description,
                    category,
                    issuingLevel,
                    responsibleDepartment,
                    legalBases == null
                            ? List.of()
                            : legalBases.stream().map(LegalBasis::toStored).toList(),
                    requiredMaterials,
                    processingLimitDays,
                    validityDays,
                    template == null ? null : template.toStored());
        }
    }

    /** What an admin writes when drafting a type ({@code POST}): the content and the type's code. */
    public static class CreateType extends TypeContent {
        @NotBlank
        @Pattern(regexp = "[A-Z][A-Z0-9_-]{1,31}", message = "must be 2-32 upper-case letters, digits, _ or -")
        public String code;
    }

    /** One answer to "is this certificate still required?". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LookupHit(
            String code,
            String name,
            List<String> aliases,
            CertificateTypeStatus status,
            boolean stillIssued,
            Abolition abolition,
            double score) {}
}
