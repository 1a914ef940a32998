package cn.gov.chengdu.certificate.type;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** A certificate type (证明事项) in the catalogue; its status changes go through {@link CertificateTypeLifecycle}. */
@Entity
@Table(name = "certificate_type")
public class CertificateType {

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
    public List<LegalBasis> legalBases = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_materials", nullable = false)
    public List<String> requiredMaterials = new ArrayList<>();

    @Column(name = "processing_limit_days")
    public Integer processingLimitDays;

    @Column(name = "validity_days")
    public Integer validityDays;

    @JdbcTypeCode(SqlTypes.JSON)
    public Template template;

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

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean hasLegalBasis() {
        return legalBases != null && !legalBases.isEmpty();
    }

    /** Keeps the lookup text in step with name and aliases: both, lower-cased (the lookup matches with LIKE). */
    public void refreshSearchText() {
        String text = aliases == null || aliases.isEmpty() ? name : name + " " + String.join(" ", aliases);
        searchText = text.toLowerCase(java.util.Locale.ROOT);
    }
}
