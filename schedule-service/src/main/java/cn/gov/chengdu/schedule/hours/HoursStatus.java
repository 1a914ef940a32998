package cn.gov.chengdu.schedule.hours;

import java.time.LocalDateTime;

/**
 * Whether opening hours are open at an instant, and what comes next.
 *
 * @param open open at the instant
 * @param interval the open interval holding the instant ({@link OpeningHours#intervalAt}); {@code null} when
 *        closed
 * @param nextChange the next instant the state flips; {@code null} when it does not within the horizon
 * @param nextOpen the start of the next opening after the instant (when open: after the current interval
 *        closes); {@code null} when there is none within the horizon
 */
public record HoursStatus(boolean open, OpenInterval interval, LocalDateTime nextChange, LocalDateTime nextOpen) {
}
