package cn.gov.chengdu.common.security;

/** The roles of DESIGN §3, as carried in the token's {@code groups} claim. */
public final class Roles {
    public static final String CITIZEN = "citizen";
    public static final String COMMUNITY_STAFF = "community-staff";
    public static final String DEPARTMENT_STAFF = "department-staff";
    public static final String DISPATCHER = "dispatcher";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    public static final String INTEGRATOR = "integrator";

    private Roles() {}
}
