package cn.gov.chengdu.petition.category;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import cn.gov.chengdu.common.web.Versioned;

/** Petition categories' request and response bodies. */
public final class PetitionCategoryApi {

    private static final String CODE = "[A-Z][A-Z0-9_]{1,31}";
    private static final String CODE_MESSAGE = "must be 2-32 upper-case letters, digits or _";

    private PetitionCategoryApi() {
    }

    public record CategoryView(String code, String name, String departmentCode, int deadlineWorkingDays,
            long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) implements Versioned {
    }

    public record CreateCategory(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String departmentCode,
            @NotNull @Min(1) @Max(60) Integer deadlineWorkingDays) {
    }

    public record UpdateCategory(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String departmentCode,
            @NotNull @Min(1) @Max(60) Integer deadlineWorkingDays) {
    }
}
