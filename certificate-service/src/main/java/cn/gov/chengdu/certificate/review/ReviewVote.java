package cn.gov.chengdu.certificate.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One review body's vote on a certificate type in one review round; the database keeps it to one per body. */
@Entity
@Table(name = "review_vote")
public class ReviewVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "type_id", nullable = false)
    public Long typeId;

    @Column(nullable = false)
    public int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_body", nullable = false)
    public ReviewBody reviewBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewDecision decision;

    @Column(nullable = false)
    public String opinion;

    /** The reviewer's subject. */
    @Column(nullable = false)
    public String reviewer;

    @Column(name = "voted_at", nullable = false)
    public Instant votedAt;

    protected ReviewVote() {}

    ReviewVote(
            long typeId,
            int round,
            ReviewBody reviewBody,
            ReviewDecision decision,
            String opinion,
            String reviewer,
            Instant votedAt) {
        this.typeId = typeId;
        this.round = round;
        this.reviewBody = reviewBody;
        this.decision = decision;
        this.opinion = opinion;
        this.reviewer = reviewer;
        this.votedAt = votedAt;
    }
}
