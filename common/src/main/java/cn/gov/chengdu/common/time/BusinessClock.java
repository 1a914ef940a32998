package cn.gov.chengdu.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Time as the city's business rules see it: instants are stored as {@code timestamptz}; dates, opening hours,
 * working days and deadlines are in {@code suite.zone} (default {@code Asia/Shanghai}); the wire shows
 * ISO-8601 with that zone's offset.
 */
@ApplicationScoped
public class BusinessClock {

    private final ZoneId zone;
    private final Clock clock;

    @Inject
    public BusinessClock(@ConfigProperty(name = "suite.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this(zone, Clock.system(zone));
    }

    /** A clock fixed or offset for tests of time-dependent rules. */
    public BusinessClock(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** An instant as the wire shows it: with the business zone's offset. {@code null} stays {@code null}. */
    public OffsetDateTime toWire(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
