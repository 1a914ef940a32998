package cn.gov.chengdu.schedule.hours;

/**
 * An {@code opening_hours} value that cannot be used: not valid OSM syntax, or valid but outside the subset this
 * service evaluates (e.g. {@code sunrise}, {@code SH}, {@code unknown}). It says where and why, for a 400 whose
 * detail a person can act on: {@code "column 7: unexpected '25'"}.
 */
public class InvalidOpeningHoursException extends IllegalArgumentException {

    private final String value;
    private final int offset;
    private final String reason;

    public InvalidOpeningHoursException(String value, int offset, String reason) {
        super("column " + (offset + 1) + ": " + reason);
        this.value = value;
        this.offset = offset;
        this.reason = reason;
    }

    /** The value as given. */
    public String value() {
        return value;
    }

    /** Where the problem starts: an index into {@link #value()} (UTF-16 code units), 0 for the start. */
    public int offset() {
        return offset;
    }

    /** {@link #offset()} + 1: the column a person counts (the value is a single line). */
    public int column() {
        return offset + 1;
    }

    /** What is wrong, without the position, e.g. {@code "sunrise and sunset times are not supported"}. */
    public String reason() {
        return reason;
    }
}
