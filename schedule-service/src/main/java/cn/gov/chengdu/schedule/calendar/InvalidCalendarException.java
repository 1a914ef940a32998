package cn.gov.chengdu.schedule.calendar;

import java.util.List;
import java.util.stream.Collectors;

/** A calendar year that cannot be loaded as given; {@link #violations()} says which field and why. */
public class InvalidCalendarException extends IllegalArgumentException {

    /** One broken rule, e.g. {@code holidays[3].date}: "2025-12-31 is not in 2026". */
    public record Violation(String field, String message) {
    }

    private final transient List<Violation> violations;

    public InvalidCalendarException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
