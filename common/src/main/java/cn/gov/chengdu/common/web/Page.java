package cn.gov.chengdu.common.web;

import java.util.List;
import java.util.function.Function;

/** Every list-like answer: {@code {"items": [...], "nextCursor": "..." | null}} (DESIGN §3). */
public record Page<T>(List<T> items, String nextCursor) {

    public static <T> Page<T> of(List<T> items) {
        return new Page<>(List.copyOf(items), null);
    }

    /**
     * Builds a page from {@code limit + 1} rows fetched in a stable order: when the extra row is there, the cursor
     * points after the last returned one.
     */
    public static <E, T> Page<T> fromRows(
            List<E> rowsFetchedWithOneExtra, int limit, Function<E, T> toItem, Function<E, String> cursorOf) {
        boolean more = rowsFetchedWithOneExtra.size() > limit;
        List<E> rows = more ? rowsFetchedWithOneExtra.subList(0, limit) : rowsFetchedWithOneExtra;
        String next = more ? cursorOf.apply(rows.get(rows.size() - 1)) : null;
        return new Page<>(rows.stream().map(toItem).toList(), next);
    }
}
