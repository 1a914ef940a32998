package cn.gov.chengdu.certificate.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A village (村) or urban community (社区) that issues certificates; its code is used in staff tokens. */
@Entity
@Table(name = "community")
public class Community {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** District or county (区/县/市) of Chengdu. */
    @Column(nullable = false)
    public String district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommunityLevel level;
}
