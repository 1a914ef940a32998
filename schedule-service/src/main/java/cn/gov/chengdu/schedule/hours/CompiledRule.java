package cn.gov.chengdu.schedule.hours;

/**
 * One rule as the evaluator runs it, in the order opening_hours.js builds its internal rules: every OSM rule
 * gives one, and a rule with a time span past midnight gives a second, "wrapped" one right after it that applies
 * its after-midnight part on the next day (its day selectors are tested against the day before).
 */
final class CompiledRule {

    /** The weekdays (bit 0 Monday .. bit 6 Sunday, by the weekday whose rules apply) the rule selects. */
    final int weekdayMask;
    /** And the other selectors: AND over the groups, OR within a group; no group: every day. */
    final DaySelector[][] groups;
    /** Applies the part after midnight of the previous day's spans. */
    final boolean wrapped;
    /** The minutes of the day the rule covers (the whole day when it names no time). */
    final long[] minutes;
    /** {@code open} or {@code off}/{@code closed}. */
    final boolean open;
    /** A rule after {@code ||}: applies only where the earlier rules left the day closed. */
    final boolean fallback;
    /** When it applies to a day, the rules before it stop applying to that day (OSM: later rules override). */
    final boolean overrides;
    /** Whether it has any day selector (opening_hours.js: {@code date.length > 0}). */
    final boolean selectsDays;

    CompiledRule(RuleCompiler.DayPart days, boolean wrapped, long[] minutes, boolean open, boolean fallback,
            boolean overrides) {
        this.weekdayMask = days.weekdayMask();
        this.groups = days.groups();
        this.wrapped = wrapped;
        this.minutes = minutes;
        this.open = open;
        this.fallback = fallback;
        this.overrides = overrides;
        this.selectsDays = days.selectsDays();
    }

    boolean appliesTo(DayFacts day) {
        if ((weekdayMask & (1 << day.ruleWeekday.ordinal())) == 0) {
            return false;
        }
        for (DaySelector[] group : groups) {
            boolean any = false;
            for (DaySelector selector : group) {
                if (selector.matches(day)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    boolean covers(int minute) {
        return MinuteSet.contains(minutes, minute);
    }
}
