package io.surge.shared.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paginated list (API.md): the items and the opaque cursor of the next page, or
 * {@code null} on the last one.
 */
public record PageResponse<T>(List<T> items, @Nullable String nextCursor) {

    /**
     * A page of at most {@code size} items from {@code fetched}, which holds up to {@code size + 1} of them: the
     * extra one is never shown, it only tells that a next page exists, whose cursor is the last shown item's key.
     */
    public static <E, T> PageResponse<T> of(List<E> fetched, int size, ToLongFunction<E> keyOf, Function<E, T> view) {
        boolean more = fetched.size() > size;
        List<E> page = more ? fetched.subList(0, size) : fetched;
        return new PageResponse<>(page.stream().map(view).toList(),
                more ? KeysetCursor.encode(keyOf.applyAsLong(page.getLast())) : null);
    }
}
