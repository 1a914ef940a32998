package cn.gov.chengdu.schedule.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A city department (市级部门): its code is the one every service uses (petition categories, staff tokens). */
@Entity
@Table(name = "department")
public class Department {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "english_name")
    public String englishName;

    /** One of the 11 units of the staggered/extended-hours pilot (错时延时试点, 2017-08-01). */
    @Column(nullable = false)
    public boolean pilot;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
