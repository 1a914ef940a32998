package cn.gov.chengdu.petition.category;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A petition category (诉求分类): which department handles it by default and how many working days it has
 * from acceptance to reply (限期办理).
 */
@Entity
@Table(name = "petition_category")
public class PetitionCategory {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** Default handling department: a code of schedule-service's department registry. */
    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    /** Working days from the acceptance date to the reply deadline. */
    @Column(name = "deadline_working_days", nullable = false)
    public int deadlineWorkingDays;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
