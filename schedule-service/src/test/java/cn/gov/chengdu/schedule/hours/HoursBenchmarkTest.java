package cn.gov.chengdu.schedule.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.chengdu.schedule.calendar.WorkingDayCalendar;

/**
 * The domain core's share of the figures, without HTTP or a database:
 * <ol>
 * <li>"which of 10,000 windows are open at T (extended-only or not)": one pass evaluates 10,000 parsed windows at one
 * prepared {@link Moment} and classes the open ones REGULAR/EXTENDED; p50/p95/p99 over 300 instants on random days
 * (every window evaluates a new day) and over 300 instants of one day (the day is evaluated once per window);</li>
 * <li>parsing cost per window (paid once, when a window is created or loaded);</li>
 * <li>working-day arithmetic for KPIs over millions of rows: 1,000,000 counts and 1,000,000 additions.</li>
 * </ol>
 * Opt-in (tag {@code benchmark}): {@code ./mvnw -B verify -pl schedule-service -am -Pbenchmark}. Writes
 * {@code target/benchmarks/schedule-hours.md}.
 */
@Tag("benchmark")
class HoursBenchmarkTest {

    private static final int WINDOWS = 10_000;
    private static final int INSTANTS = 300;

    @Test
    void openWindowsAtAnInstant() throws IOException {
        List<String> values = referenceValues();
        WorkingDayCalendar china = WorkingDayCalendar.china();
        BaselineHours baseline = BaselineHours.defaults();

        long parseStart = System.nanoTime();
        List<OpeningHours> windows = new ArrayList<>(WINDOWS);
        for (int i = 0; i < WINDOWS; i++) {
            windows.add(OpeningHours.parse(values.get(i % values.size())));
        }
        double parseMicros = (System.nanoTime() - parseStart) / 1_000.0 / WINDOWS;

        Random random = new Random(42);
        List<LocalDateTime> instants = new ArrayList<>();
        for (int i = 0; i < INSTANTS; i++) {
            instants.add(LocalDate.of(2026, 1, 1).atStartOfDay().plusMinutes(random.nextInt(365 * 1440)));
        }
        for (int warmUp = 0; warmUp < 100; warmUp++) {
            pass(windows, Moment.of(instants.get(warmUp % INSTANTS), china), baseline);
        }
        long[] passes = new long[INSTANTS];
        long open = 0;
        long extendedOpen = 0;
        for (int i = 0; i < INSTANTS; i++) {
            long start = System.nanoTime();
            Moment moment = Moment.of(instants.get(i), china); // once per request
            long counts = pass(windows, moment, baseline);
            passes[i] = System.nanoTime() - start;
            open += counts >>> 32;
            extendedOpen += counts & 0xFFFF_FFFFL;
        }
        Arrays.sort(passes);

        // "which windows are open now": many requests on one day, each at its own minute
        LocalDate today = LocalDate.of(2026, 3, 2);
        long[] sameDay = new long[INSTANTS];
        for (int i = 0; i < INSTANTS; i++) {
            long start = System.nanoTime();
            pass(windows, Moment.of(today.atStartOfDay().plusMinutes(random.nextInt(1440)), china), baseline);
            sameDay[i] = System.nanoTime() - start;
        }
        Arrays.sort(sameDay);

        long[] unprepared = new long[50];
        for (int i = 0; i < unprepared.length; i++) {
            long start = System.nanoTime();
            for (OpeningHours window : windows) {
                window.isOpen(instants.get(i), china);
            }
            unprepared[i] = System.nanoTime() - start;
        }
        Arrays.sort(unprepared);

        int pairs = 1_000_000;
        LocalDate[] from = new LocalDate[pairs];
        LocalDate[] to = new LocalDate[pairs];
        for (int i = 0; i < pairs; i++) {
            from[i] = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(3650));
            to[i] = from[i].plusDays(random.nextInt(60));
        }
        long countStart = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < pairs; i++) {
            sum += china.workingDays(from[i], to[i]).count();
        }
        long countNanos = System.nanoTime() - countStart;
        long addStart = System.nanoTime();
        for (int i = 0; i < pairs; i++) {
            sum += china.addWorkingDays(from[i], 1 + i % 20).date().getDayOfMonth();
        }
        long addNanos = System.nanoTime() - addStart;

        String report = String.join("\n",
                "# schedule-service: opening hours and calendar (domain core)",
                "",
                "Run " + OffsetDateTime.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                        + System.getProperty("os.arch") + ".",
                "Command: `./mvnw -B verify -pl schedule-service -am -Pbenchmark` (HoursBenchmarkTest).",
                "",
                "| what | figure |",
                "|---|---|",
                String.format("| 10,000 windows open at T, with REGULAR/EXTENDED (one pass; %d instants on random days of 2026) | p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms |",
                        INSTANTS, ms(passes, 0.50), ms(passes, 0.95), ms(passes, 0.99), passes[INSTANTS - 1] / 1e6),
                String.format("| the same per window | %.0f ns (p50 pass / 10,000) |", passes[INSTANTS / 2] / (double) WINDOWS),
                String.format("| 10,000 windows open at T, %d requests on one day (each window's day evaluated once) | p50 %.2f ms, p95 %.2f ms, p99 %.2f ms |",
                        INSTANTS, ms(sameDay, 0.50), ms(sameDay, 0.95), ms(sameDay, 0.99)),
                String.format("| 10,000 windows via isOpen(LocalDateTime, DayKinds), no prepared Moment | p50 %.2f ms |",
                        ms(unprepared, 0.50)),
                String.format("| open windows found per instant (mean) | %.0f of 10,000, %.0f of them in EXTENDED time |",
                        open / (double) INSTANTS, extendedOpen / (double) INSTANTS),
                String.format("| parse one window's opening_hours | %.0f µs (mean over 10,000, cold start included) |", parseMicros),
                String.format("| workingDays(from, to), 1,000,000 pairs | %.0f ms (%.0f ns each) |", countNanos / 1e6,
                        countNanos / (double) pairs),
                String.format("| addWorkingDays(date, n), 1,000,000 | %.0f ms (%.0f ns each) |", addNanos / 1e6,
                        addNanos / (double) pairs),
                "");
        System.out.println(report + " (checksum " + sum + ")");
        Path out = Path.of("target", "benchmarks", "schedule-hours.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        // the answers of the timed passes are right: the same as rule by rule, window by window
        Moment check = Moment.of(today.atStartOfDay().plusMinutes(600), china);
        long expected = windows.stream().filter(w -> w.isOpenAtMinute(check)).count();
        assertEquals(expected, pass(windows, check, baseline) >>> 32);
        assertTrue(expected > 0);
    }

    /**
     * One request's work: the windows open at the moment, and how many of them are open in EXTENDED time (what
     * {@code extendedOnly=true} keeps). The kind depends on the instant only (the baseline at T), so it is asked
     * once: inside the baseline hours "extended only" finds nothing.
     */
    private static long pass(List<OpeningHours> windows, Moment moment, BaselineHours baseline) {
        boolean extended = baseline.kindAt(moment) == HoursKind.EXTENDED;
        int open = 0;
        for (OpeningHours window : windows) {
            if (window.isOpen(moment)) {
                open++;
            }
        }
        int extendedOpen = extended ? open : 0;
        return ((long) open << 32) | extendedOpen;
    }

    private static double ms(long[] sortedNanos, double quantile) {
        return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(quantile * sortedNanos.length) - 1)] / 1e6;
    }

    private static List<String> referenceValues() throws IOException {
        try (InputStream in = HoursBenchmarkTest.class.getResourceAsStream("/hours/opening-hours-reference.json")) {
            List<String> values = new ArrayList<>();
            for (JsonNode rule : new ObjectMapper().readTree(in).path("rules")) {
                values.add(rule.path("value").asText());
            }
            return values;
        }
    }
}
