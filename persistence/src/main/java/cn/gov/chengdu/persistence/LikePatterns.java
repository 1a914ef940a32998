package cn.gov.chengdu.persistence;

/** User input inside SQL {@code LIKE} patterns: {@code %} and {@code _} are plain characters, not wildcards. */
public final class LikePatterns {

    private LikePatterns() {}

    /** The text with {@code \}, {@code %} and {@code _} escaped (PostgreSQL's default escape character). */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** {@code %text%} for "contains", the text escaped. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    /** {@code text%} for "starts with", the text escaped. */
    public static String startingWith(String text) {
        return escape(text) + "%";
    }
}
