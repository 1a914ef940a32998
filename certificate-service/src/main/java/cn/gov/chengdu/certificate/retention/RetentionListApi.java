package cn.gov.chengdu.certificate.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.gov.chengdu.common.web.Versioned;

/** Retention lists' request and response bodies. */
public final class RetentionListApi {

    private RetentionListApi() {}

    /**
     * A new draft: all APPROVED and RETAINED types except those in {@code exclude} (retained types left out are
     * abolished as {@code REMOVED_FROM_LIST} when the list is published); {@code note} is kept with the list.
     */
    public record DraftList(
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate effectiveFrom,
            @Size(max = 500) List<@NotBlank String> exclude,
            @Size(max = 2000) String note) {}

    public record ListedType(String code, String name) {}

    public record ListSummary(
            long id,
            String title,
            LocalDate effectiveFrom,
            RetentionListStatus status,
            OffsetDateTime publishedAt,
            int itemCount,
            long version) {}

    public record ListView(
            long id,
            String title,
            LocalDate effectiveFrom,
            String note,
            RetentionListStatus status,
            OffsetDateTime publishedAt,
            String createdBy,
            List<ListedType> items,
            long version,
            OffsetDateTime createdAt)
            implements Versioned {}

    public record ListRef(long id, String title, LocalDate effectiveFrom) {}

    /** How list {@code list} differs from list {@code against}: what it keeps, adds and removes. */
    public record ListDiff(
            ListRef list, ListRef against, List<ListedType> kept, List<ListedType> added, List<ListedType> removed) {}
}
