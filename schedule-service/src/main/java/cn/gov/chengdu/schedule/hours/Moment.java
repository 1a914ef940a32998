package cn.gov.chengdu.schedule.hours;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import cn.gov.chengdu.schedule.calendar.DayKinds;

/**
 * A local date-time prepared for evaluation against a calendar: the calendar is asked once about the day and the
 * day before, so asking many windows whether they are open at the same instant costs no lookups and no
 * allocation per window ({@link OpeningHours#isOpen(Moment)}). Seconds and below are ignored: opening hours have
 * minutes.
 */
public final class Moment {

    final LocalDateTime at;
    final DayKinds kinds;
    final int minute;
    final DayFacts today;
    final DayFacts yesterday;

    private Moment(LocalDateTime at, DayKinds kinds) {
        this.at = at.truncatedTo(ChronoUnit.MINUTES);
        this.kinds = kinds;
        this.minute = at.getHour() * 60 + at.getMinute();
        this.today = DayFacts.of(at.toLocalDate(), kinds);
        this.yesterday = DayFacts.of(at.toLocalDate().minusDays(1), kinds);
    }

    /** @throws cn.gov.chengdu.schedule.calendar.CalendarRangeException outside the calendar's years */
    public static Moment of(LocalDateTime at, DayKinds kinds) {
        OpeningHours.checkRange(at);
        return new Moment(at, Objects.requireNonNull(kinds, "kinds"));
    }

    /** The local date-time, to the minute. */
    public LocalDateTime at() {
        return at;
    }
}
