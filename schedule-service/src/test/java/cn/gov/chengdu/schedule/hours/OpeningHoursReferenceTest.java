package cn.gov.chengdu.schedule.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.chengdu.schedule.calendar.DayKinds;
import cn.gov.chengdu.schedule.calendar.WorkingDayCalendar;

/**
 * Our evaluator against the reference evaluator opening_hours.js: {@code hours/opening-hours-reference.json} holds,
 * for 55 rule strings and 80 instants each across 2017-2027, what opening_hours.js answered (open, next change).
 * Made by {@code src/test/reference/make-opening-hours-table.js}; see the README there for the command.
 */
class OpeningHoursReferenceTest {

    record Case(LocalDateTime at, boolean open, LocalDateTime nextChange) {
    }

    record Reference(String value, List<Case> cases) {
    }

    private static final List<Reference> TABLE = new ArrayList<>();
    private static int horizonDays;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = OpeningHoursReferenceTest.class.getResourceAsStream("/hours/opening-hours-reference.json")) {
            JsonNode document = new ObjectMapper().readTree(Objects.requireNonNull(in, "reference table"));
            horizonDays = document.path("horizonDays").asInt();
            for (JsonNode rule : document.path("rules")) {
                List<Case> cases = new ArrayList<>();
                for (JsonNode c : rule.path("cases")) {
                    cases.add(new Case(LocalDateTime.parse(c.get(0).asText()), c.get(1).asBoolean(),
                            c.get(2).isNull() ? null : LocalDateTime.parse(c.get(2).asText())));
                }
                TABLE.add(new Reference(rule.path("value").asText(), cases));
            }
        }
    }

    @Test
    void theTableIsWhatTheBriefAsks() {
        assertTrue(TABLE.size() >= 40, "at least 40 rule strings");
        assertTrue(TABLE.stream().mapToInt(r -> r.cases().size()).sum() >= 2000, "a few thousand instants");
        assertEquals(366, horizonDays);
    }

    @Test
    void agreesWithOpeningHoursJsWithoutHolidayData() {
        assertAgreement(DayKinds.weekendsOnly(), false);
    }

    @Test
    void theNormalisedValueMeansTheSame() {
        List<String> mismatches = new ArrayList<>();
        for (Reference reference : TABLE) {
            OpeningHours normalised = OpeningHours.parse(OpeningHours.parse(reference.value()).normalized());
            for (Case c : reference.cases()) {
                if (normalised.isOpen(c.at(), DayKinds.weekendsOnly()) != c.open()) {
                    mismatches.add(reference.value() + " -> " + normalised.normalized() + " at " + c.at());
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    /**
     * With China's calendar the answers are the same on every day that is neither a statutory day off nor a
     * make-up working day (nor the day after one, which a span past midnight may reach): DESIGN §5.
     */
    @Test
    void agreesWithOpeningHoursJsOnOrdinaryDaysOfChinasCalendar() {
        assertAgreement(WorkingDayCalendar.china(), true);
    }

    private static void assertAgreement(DayKinds kinds, boolean ordinaryDaysOnly) {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Reference reference : TABLE) {
            OpeningHours hours = OpeningHours.parse(reference.value());
            for (Case c : reference.cases()) {
                LocalDateTime limit = c.at().plusDays(horizonDays);
                if (ordinaryDaysOnly && !ordinary(kinds, c.at().toLocalDate(), c.at().toLocalDate())) {
                    continue;
                }
                compared++;
                boolean open = hours.isOpen(c.at(), kinds);
                if (open != c.open()) {
                    mismatches.add(reference.value() + " at " + c.at() + ": open " + open + ", opening_hours.js "
                            + c.open());
                }
                LocalDateTime until = c.nextChange() == null ? limit : c.nextChange();
                if (ordinaryDaysOnly && !ordinary(kinds, c.at().toLocalDate(), until.toLocalDate())) {
                    continue;
                }
                Optional<LocalDateTime> next = hours.nextChange(c.at(), kinds, limit);
                if (!Objects.equals(next.orElse(null), c.nextChange())) {
                    mismatches.add(reference.value() + " at " + c.at() + ": next change " + next.orElse(null)
                            + ", opening_hours.js " + c.nextChange());
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
        assertEquals(List.of(), mismatches, mismatches.size() + " disagreements");
    }

    /** No statutory day off or make-up working day from the day before {@code from} to {@code to}. */
    private static boolean ordinary(DayKinds kinds, LocalDate from, LocalDate to) {
        for (LocalDate day = from.minusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            switch (kinds.kindOf(day).type()) {
                case HOLIDAY, MAKEUP_WORKDAY -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }
}
