package cn.gov.chengdu.schedule.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The official calendar the service ships with: {@value #RESOURCE}, China's statutory days off and make-up working
 * days for 2017 to 2026 with the State Council notice of each year. The file is made once per new year by
 * {@code src/test/reference/make-china-calendar.js} (see {@code docs/opening-hours-and-calendar.md}).
 */
public final class ChinaCalendarData {

    public static final String RESOURCE = "/calendar/china-official-calendar.json";

    private ChinaCalendarData() {
    }

    /** The bundled years, oldest first. */
    public static List<CalendarYear> load() {
        try (InputStream in = ChinaCalendarData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<CalendarYear> parse(JsonNode document) {
        List<CalendarYear> years = new ArrayList<>();
        for (JsonNode year : document.path("years")) {
            List<String> notices = new ArrayList<>();
            year.path("notices").forEach(n -> notices.add(n.asText()));
            List<Holiday> holidays = new ArrayList<>();
            for (JsonNode h : year.path("holidays")) {
                holidays.add(new Holiday(LocalDate.parse(h.path("date").asText()), h.path("name").asText()));
            }
            List<MakeupWorkday> makeup = new ArrayList<>();
            for (JsonNode m : year.path("makeupWorkdays")) {
                makeup.add(new MakeupWorkday(LocalDate.parse(m.path("date").asText()),
                        m.hasNonNull("worksAs") ? DayOfWeek.valueOf(m.path("worksAs").asText())
                                : MakeupWorkday.DEFAULT_WORKS_AS));
            }
            years.add(new CalendarYear(year.path("year").asInt(), notices, holidays, makeup));
        }
        return List.copyOf(years);
    }
}
