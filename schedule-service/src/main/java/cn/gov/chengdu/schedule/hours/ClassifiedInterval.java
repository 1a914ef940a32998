package cn.gov.chengdu.schedule.hours;

import java.time.LocalDateTime;
import java.util.Objects;

/** A piece of open time that is wholly {@link HoursKind#REGULAR} or wholly {@link HoursKind#EXTENDED}. */
public record ClassifiedInterval(LocalDateTime from, LocalDateTime to, HoursKind kind) {

    public ClassifiedInterval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("an interval ends after it starts: " + from + " - " + to);
        }
    }

    public boolean contains(LocalDateTime at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
