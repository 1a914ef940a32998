package cn.gov.chengdu.common.security;

/** Claims that scope a staff member to what they are responsible for (DESIGN §3). */
public final class ScopeClaims {
    /** Department code (schedule-service's registry) of department staff. */
    public static final String DEPARTMENT = "department";
    /** Community code (certificate-service's registry) of community staff. */
    public static final String COMMUNITY = "community";
    /** Review body of a reviewer: {@code GOV_SERVICE_CENTER}, {@code CIVIL_AFFAIRS} or {@code LEGAL_AFFAIRS}. */
    public static final String REVIEW_BODY = "reviewBody";

    private ScopeClaims() {}
}
