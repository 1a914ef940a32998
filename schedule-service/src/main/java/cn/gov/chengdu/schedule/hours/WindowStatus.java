package cn.gov.chengdu.schedule.hours;

import java.time.LocalDateTime;

/**
 * A window's state at an instant, as {@code GET /windows/{code}/status} answers it.
 *
 * @param open open at the instant
 * @param kind REGULAR or EXTENDED at the instant; {@code null} when closed
 * @param interval the open interval holding the instant; {@code null} when closed
 * @param nextChange the next instant the state flips; {@code null} when none within the horizon
 * @param nextOpen the start of the next opening after the instant; {@code null} when none within the horizon
 */
public record WindowStatus(boolean open, HoursKind kind, OpenInterval interval, LocalDateTime nextChange,
        LocalDateTime nextOpen) {
}
