package cn.gov.chengdu.certificate.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

import org.hibernate.annotations.CreationTimestamp;

/** A retention list (保留清单): the certificate types villages and communities still issue from a date on. */
@Entity
@Table(name = "retention_list")
public class RetentionList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

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

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
