package cn.gov.chengdu.schedule.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A statutory day off (放假), e.g. {@code 2026-02-17 春节}. */
public record Holiday(LocalDate date, String name) {
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
