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

/** The catalogue's request and response bodies. */
public final class CertificateTypeApi {

    private CertificateTypeApi() {
    }

    /** Why a type was abolished and what the citizen does instead. */
    public record Abolition(AbolitionReason reason, String detail, String alternative) {
        static Abolition of(CertificateType type) {
            return type.status == CertificateTypeStatus.ABOLISHED
                    ? new Abolition(type.abolitionReason, type.abolitionDetail, type.abolitionAlternative)
                    : null;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TypeSummary(String code, String name, List<String> aliases, String category,
            IssuingLevel issuingLevel, CertificateTypeStatus status, Abolition abolition, boolean illustrative,
            long version) {
    }

    public record StatusChangeView(CertificateTypeStatus from, CertificateTypeStatus to, String actor, String role,
            String note, OffsetDateTime at) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TypeView(String code, String name, List<String> aliases, String description, String category,
            IssuingLevel issuingLevel, String responsibleDepartment, List<LegalBasis> legalBases,
            List<String> requiredMaterials, Integer processingLimitDays, Integer validityDays, Template template,
            CertificateTypeStatus status, Abolition abolition, int reviewRound, boolean illustrative,
            List<StatusChangeView> statusHistory, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) implements Versioned {
    }

    /** What an admin writes when drafting or editing a type (the code only on creation). */
    public record TypeContent(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> aliases,
            @Size(max = 2000) String description,
            @Size(max = 50) String category,
            @NotNull IssuingLevel issuingLevel,
            @Size(max = 100) String responsibleDepartment,
            @Size(max = 20) List<@Valid @NotNull LegalBasis> legalBases,
            @Size(max = 30) List<@NotBlank @Size(max = 200) String> requiredMaterials,
            @Min(0) @Max(60) Integer processingLimitDays,
            @Min(1) @Max(3650) Integer validityDays,
            @Valid Template template) {
    }

    public record CreateType(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_-]{1,31}", message = "must be 2-32 upper-case letters, digits, _ or -") String code,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> aliases,
            @Size(max = 2000) String description,
            @Size(max = 50) String category,
            @NotNull IssuingLevel issuingLevel,
            @Size(max = 100) String responsibleDepartment,
            @Size(max = 20) List<@Valid @NotNull LegalBasis> legalBases,
            @Size(max = 30) List<@NotBlank @Size(max = 200) String> requiredMaterials,
            @Min(0) @Max(60) Integer processingLimitDays,
            @Min(1) @Max(3650) Integer validityDays,
            @Valid Template template) {

        public TypeContent content() {
            return new TypeContent(name, aliases, description, category, issuingLevel, responsibleDepartment,
                    legalBases, requiredMaterials, processingLimitDays, validityDays, template);
        }
    }

    /** The optional body of an action: a free-text note kept in the history. */
    public record ActionNote(@Size(max = 2000) String note) {
    }

    /** One answer to "is this certificate still required?". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LookupHit(String code, String name, List<String> aliases, CertificateTypeStatus status,
            boolean stillIssued, Abolition abolition, double score) {
    }
}
