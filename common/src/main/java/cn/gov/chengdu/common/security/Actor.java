package cn.gov.chengdu.common.security;

/** Who took a step, as histories and timelines record it: the token's subject and the role they acted in. */
public record Actor(String subject, String role) {

    /** For steps the service takes itself (e.g. loading demo data). */
    public static Actor system(String what) {
        return new Actor("system:" + what, "system");
    }
}
