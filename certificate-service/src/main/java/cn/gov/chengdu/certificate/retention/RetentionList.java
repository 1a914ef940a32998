package cn.gov.chengdu.certificate.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.chengdu.certificate.type.AbolitionReason;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;
import cn.gov.chengdu.certificate.type.StatusChange;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;

/**
 * A retention list (保留清单): the certificate types villages and communities still issue from a date on. Drafted
 * from the types that are APPROVED or RETAINED at that moment, then published once: publishing makes its types
 * RETAINED and abolishes ({@code REMOVED_FROM_LIST}) the retained types it leaves out; a published list never
 * changes.
 */
@Entity
@Table(name = "retention_list")
public class RetentionList {

    public static final String EMPTY_RETENTION_LIST = "EMPTY_RETENTION_LIST";
    public static final String RETENTION_LIST_OUTDATED = "RETENTION_LIST_OUTDATED";
    public static final String NOT_RETAINABLE = "CERTIFICATE_TYPE_NOT_RETAINABLE";
    /** The statuses a type must have to be put on a list. */
    public static final List<CertificateTypeStatus> RETAINABLE =
            List.of(CertificateTypeStatus.APPROVED, CertificateTypeStatus.RETAINED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** What the admin who drafted it wrote about it. */
    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RetentionListStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @ElementCollection
    @CollectionTable(name = "retention_list_item", joinColumns = @JoinColumn(name = "list_id"))
    @OrderBy("typeCode")
    public List<RetainedItem> items = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected RetentionList() {}

    /**
     * A draft of every retainable type ({@code candidates}, APPROVED or RETAINED) but those in {@code exclude}: 422
     * {@value #NOT_RETAINABLE} when {@code exclude} names another type, 422 {@value #EMPTY_RETENTION_LIST} when
     * nothing is left.
     */
    public static RetentionList draft(
            String title,
            LocalDate effectiveFrom,
            String note,
            List<CertificateType> candidates,
            Set<String> exclude,
            Actor actor,
            Instant at) {
        Set<String> candidateCodes = candidates.stream().map(t -> t.code).collect(Collectors.toSet());
        List<String> unknown = exclude.stream()
                .filter(code -> !candidateCodes.contains(code))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable(
                            NOT_RETAINABLE,
                            "Only APPROVED or RETAINED types can be left out; " + "these are not: " + unknown)
                    .with("types", unknown);
        }
        List<CertificateType> listed =
                candidates.stream().filter(t -> !exclude.contains(t.code)).toList();
        if (listed.isEmpty()) {
            throw ProblemException.unprocessable(
                    EMPTY_RETENTION_LIST,
                    "No certificate type is APPROVED or RETAINED: there is nothing to put on a retention list");
        }
        RetentionList list = new RetentionList();
        list.title = title.strip();
        list.effectiveFrom = effectiveFrom;
        list.note = note;
        list.status = RetentionListStatus.DRAFT;
        list.createdBy = actor.subject();
        list.createdAt = at;
        listed.forEach(t -> list.items.add(new RetainedItem(t.id, t.code, t.name)));
        return list;
    }

    /**
     * Publishes the draft: {@code retainable} are all types APPROVED or RETAINED now (locked by the caller); the
     * listed ones become RETAINED, the retained ones left out are abolished. 409 {@code ILLEGAL_TRANSITION} when
     * already published, 409 {@value #RETENTION_LIST_OUTDATED} when a listed type is no longer retainable.
     *
     * @return the types' status changes, to record
     */
    public List<StatusChange> publish(Collection<CertificateType> retainable, Actor actor, Instant at, String note) {
        if (status == RetentionListStatus.PUBLISHED) {
            throw ProblemException.illegalTransition(
                    "Retention list " + id + " is already published; a published list never changes",
                    status.name(),
                    List.of());
        }
        Map<Long, CertificateType> touched =
                retainable.stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<String> outdated = items.stream()
                .filter(item -> !touched.containsKey(item.typeId))
                .map(item -> item.typeCode)
                .toList();
        if (!outdated.isEmpty()) {
            throw ProblemException.conflict(
                            RETENTION_LIST_OUTDATED,
                            "Types on this draft are no longer APPROVED or " + "RETAINED: " + outdated
                                    + "; draft a new list")
                    .with("types", outdated);
        }
        Set<Long> listed = items.stream().map(item -> item.typeId).collect(Collectors.toSet());
        String listName = "《" + title + "》（" + effectiveFrom + " 起施行）";
        String retainNote = "retained by " + listName + (note == null || note.isBlank() ? "" : "; " + note.strip());
        List<StatusChange> changes = new ArrayList<>();
        for (CertificateType type : retainable) {
            if (listed.contains(type.id)) {
                changes.add(type.retain(actor, at, retainNote));
            } else if (type.status == CertificateTypeStatus.RETAINED) {
                changes.add(
                        type.abolish(AbolitionReason.REMOVED_FROM_LIST, "未列入" + listName, "村（社区）不再出具此证明", actor, at));
            }
        }
        status = RetentionListStatus.PUBLISHED;
        publishedAt = at;
        return changes;
    }
}
