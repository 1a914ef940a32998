package cn.gov.chengdu.schedule.hours;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A stretch of open time in local date-times, {@code from} included, {@code to} excluded, to the minute. A span
 * past midnight is one interval from the evening into the next morning, and belongs to the day it starts.
 */
public record OpenInterval(LocalDateTime from, LocalDateTime to) {

    public OpenInterval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("an interval ends after it starts: " + from + " - " + to);
        }
    }

    public boolean contains(LocalDateTime at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
