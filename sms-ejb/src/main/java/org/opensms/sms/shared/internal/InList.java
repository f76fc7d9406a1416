package org.opensms.sms.shared.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A query with an {@code in :list} parameter over many values, run in slices: Oracle takes at most 1,000 values in an
 * IN list, and one statement per slice keeps a batch's reads to a handful of queries instead of one per row.
 */
public final class InList {

    /** Values per query, at most (Oracle's limit). */
    public static final int MAX = 1000;

    private InList() {
    }

    /** The rows of {@code query} run on each slice of {@code values} (in their order), {@link #MAX} values a slice. */
    public static <T, R> List<R> query(Collection<T> values, Function<List<T>, List<R>> query) {
        return query(values, MAX, query);
    }

    /** The rows of {@code query} run on each slice of {@code values} (in their order), {@code size} values a slice. */
    public static <T, R> List<R> query(Collection<T> values, int size, Function<List<T>, List<R>> query) {
        List<T> all = List.copyOf(values);
        List<R> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            rows.addAll(query.apply(all.subList(from, Math.min(all.size(), from + size))));
        }
        return rows;
    }
}
