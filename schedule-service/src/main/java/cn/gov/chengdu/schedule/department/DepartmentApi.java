package cn.gov.chengdu.schedule.department;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import cn.gov.chengdu.common.web.Versioned;

/** The department registry's request and response bodies. */
public final class DepartmentApi {

    private DepartmentApi() {
    }

    public record DepartmentView(String code, String name, String englishName, boolean pilot, long version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) implements Versioned {
    }

    public record CreateDepartment(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "must be 2-32 upper-case letters, digits or _") String code,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 200) String englishName,
            @NotNull Boolean pilot) {
    }

    public record UpdateDepartment(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 200) String englishName,
            @NotNull Boolean pilot) {
    }
}
