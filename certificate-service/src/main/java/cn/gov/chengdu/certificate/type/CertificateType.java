package cn.gov.chengdu.certificate.type;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;

/**
 * A certificate type (证明事项) in the catalogue, and its lifecycle: {@code DRAFT → UNDER_REVIEW → APPROVED →
 * RETAINED}, or {@code → ABOLISHED} with a reason. Every change of status goes through a method here, which checks
 * the transition, applies it at the instant it is given and answers the {@link StatusChange} for the caller to
 * record; the caller holds the transaction (and, where several may race, the row lock). The lookup text
 * ({@code search_text}) is derived here too, whoever writes the row.
 */
@Entity
@Table(name = "certificate_type")
public class CertificateType {

    public static final String NO_LEGAL_BASIS = "NO_LEGAL_BASIS";
    public static final String NOT_EDITABLE = "CERTIFICATE_TYPE_NOT_EDITABLE";

    /** What an admin writes about a type; every change of it goes through {@link #edit}. */
    public record Content(
            String name,
            List<String> aliases,
            String description,
            String category,
            IssuingLevel issuingLevel,
            String responsibleDepartment,
            List<StoredLegalBasis> legalBases,
            List<String> requiredMaterials,
            Integer processingLimitDays,
            Integer validityDays,
            StoredTemplate template) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> aliases = new ArrayList<>();

    public String description;

    public String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuing_level", nullable = false)
    public IssuingLevel issuingLevel;

    @Column(name = "responsible_department")
    public String responsibleDepartment;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_bases", nullable = false)
    public List<StoredLegalBasis> legalBases = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_materials", nullable = false)
    public List<String> requiredMaterials = new ArrayList<>();

    @Column(name = "processing_limit_days")
    public Integer processingLimitDays;

    @Column(name = "validity_days")
    public Integer validityDays;

    @JdbcTypeCode(SqlTypes.JSON)
    public StoredTemplate template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateTypeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "abolition_reason")
    public AbolitionReason abolitionReason;

    @Column(name = "abolition_detail")
    public String abolitionDetail;

    @Column(name = "abolition_alternative")
    public String abolitionAlternative;

    /** The joint-review round in progress or last held; each submission for review opens a new one. */
    @Column(name = "review_round", nullable = false)
    public int reviewRound;

    /** Demo data not taken from a source (DESIGN §10). */
    @Column(nullable = false)
    public boolean illustrative;

    /** Name and aliases, lower-cased, for the lookup (which matches with LIKE): derived, see {@link #deriveSearchText}. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected CertificateType() {}

    /** A new type, not in the catalogue yet: {@link #draft} puts it there. */
    public CertificateType(String code) {
        this.code = code;
    }

    public boolean hasLegalBasis() {
        return legalBases != null && !legalBases.isEmpty();
    }

    /** A new type enters the catalogue as a DRAFT with its content. */
    public StatusChange draft(Content content, Actor actor, Instant at, String note) {
        if (status != null) {
            throw new IllegalStateException("certificate type " + code + " is already in the catalogue");
        }
        status = CertificateTypeStatus.DRAFT;
        createdAt = at;
        apply(content, at);
        return new StatusChange(this, null, CertificateTypeStatus.DRAFT, actor, note, at);
    }

    /** Replaces the content; only a DRAFT can be edited (409 {@value #NOT_EDITABLE}). */
    public void edit(Content content, Instant at) {
        if (status != CertificateTypeStatus.DRAFT) {
            throw ProblemException.conflict(
                            NOT_EDITABLE, "Certificate type " + code + " is " + status + "; only a DRAFT can be edited")
                    .with("currentStatus", status.name());
        }
        apply(content, at);
    }

    /** DRAFT → UNDER_REVIEW, opening a new review round. */
    public StatusChange submitForReview(Actor actor, Instant at, String note) {
        StatusChange change = move(CertificateTypeStatus.UNDER_REVIEW, actor, at, note);
        reviewRound++;
        return change;
    }

    /** UNDER_REVIEW → APPROVED; never for a type without a legal basis (422 {@value #NO_LEGAL_BASIS}). */
    public StatusChange approve(Actor actor, Instant at, String note) {
        if (!hasLegalBasis()) {
            throw ProblemException.unprocessable(
                    NO_LEGAL_BASIS, "Certificate type " + code + " has no legal basis and cannot be approved");
        }
        return move(CertificateTypeStatus.APPROVED, actor, at, note);
    }

    /** APPROVED → RETAINED by a published retention list; a type already retained stays as it is (no change). */
    public StatusChange retain(Actor actor, Instant at, String note) {
        return status == CertificateTypeStatus.RETAINED ? null : move(CertificateTypeStatus.RETAINED, actor, at, note);
    }

    /** Any status but ABOLISHED → ABOLISHED, with the reason, what it means and what the citizen does instead. */
    public StatusChange abolish(AbolitionReason reason, String detail, String alternative, Actor actor, Instant at) {
        StatusChange change = move(CertificateTypeStatus.ABOLISHED, actor, at, detail);
        abolitionReason = reason;
        abolitionDetail = detail;
        abolitionAlternative = alternative;
        return change;
    }

    private StatusChange move(CertificateTypeStatus to, Actor actor, Instant at, String note) {
        CertificateTypeStatus from = status;
        if (!from.next().contains(to)) {
            throw ProblemException.illegalTransition(
                    "Certificate type " + code + " is " + from + " and cannot become " + to,
                    from.name(),
                    from.next().stream().map(Enum::name).sorted().toList());
        }
        status = to;
        updatedAt = at;
        return new StatusChange(this, from, to, actor, note, at);
    }

    private void apply(Content content, Instant at) {
        name = content.name().strip();
        aliases = new ArrayList<>(
                content.aliases() == null
                        ? List.of()
                        : content.aliases().stream()
                                .map(String::strip)
                                .distinct()
                                .toList());
        description = content.description();
        category = content.category();
        issuingLevel = content.issuingLevel();
        responsibleDepartment = content.responsibleDepartment();
        legalBases = new ArrayList<>(content.legalBases() == null ? List.of() : content.legalBases());
        requiredMaterials =
                new ArrayList<>(content.requiredMaterials() == null ? List.of() : content.requiredMaterials());
        processingLimitDays = content.processingLimitDays();
        validityDays = content.validityDays();
        template = content.template();
        updatedAt = at;
    }

    /** Keeps the lookup text in step with name and aliases, whoever changed them. */
    @PrePersist
    @PreUpdate
    void deriveSearchText() {
        String text = aliases == null || aliases.isEmpty() ? name : name + " " + String.join(" ", aliases);
        searchText = text.toLowerCase(Locale.ROOT);
    }
}
