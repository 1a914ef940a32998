package cn.gov.chengdu.schedule.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** A weekend day on which people work (调休上班); the rules of {@code worksAs} apply on it. */
public record MakeupWorkday(LocalDate date, DayOfWeek worksAs) {

    /** When a notice does not say otherwise, a make-up working day works as a Monday. */
    public static final DayOfWeek DEFAULT_WORKS_AS = DayOfWeek.MONDAY;

    public MakeupWorkday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(worksAs, "worksAs");
    }

    public MakeupWorkday(LocalDate date) {
        this(date, DEFAULT_WORKS_AS);
    }
}
