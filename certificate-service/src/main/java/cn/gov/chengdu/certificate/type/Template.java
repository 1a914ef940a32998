package cn.gov.chengdu.certificate.type;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A certificate type's sample template (证明范本): a title, a body with {@code {{placeholders}}} and the fields
 * that fill them. The applicant's name and ID number, the community and the date are always available as
 * {@code {{applicantName}}}, {@code {{idNumber}}}, {@code {{communityName}}} and {@code {{issueDate}}}.
 */
public record Template(@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 5000) String body,
        @NotNull @Valid List<Field> fields) {

    public record Field(
            @NotBlank @Pattern(regexp = "[a-z][A-Za-z0-9]{0,39}", message = "must be a camelCase name") String name,
            @NotBlank @Size(max = 50) String label,
            boolean required) {
    }
}
