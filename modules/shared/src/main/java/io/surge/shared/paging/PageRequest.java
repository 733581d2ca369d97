package io.surge.shared.paging;

import java.util.List;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a list in keyset order to read: at most {@code size} items after the key {@code after}, the last
 * one the previous page held, in the list's own order (a greater key when ascending, a smaller one when newest
 * first).
 *
 * @param after the last key of the previous page, or {@code null} for the first page
 * @param size the most items the page holds, at least 1
 */
public record PageRequest(@Nullable Long after, int size) {

    public PageRequest {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one item, not " + size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(null, size);
    }

    /**
     * How many items to read for this page: one more than it holds. The extra one is never shown; it only tells,
     * without a count, that a next page exists.
     */
    public int limit() {
        return size + 1;
    }

    /**
     * The page of {@code read}, the items read with {@link #limit()} in the list's order: its first {@code size}
     * items, and if more were read, the last shown one's key as where the next page starts.
     */
    public <T> Page<T> pageOf(List<T> read, ToLongFunction<? super T> keyOf) {
        if (read.size() <= size) {
            return new Page<>(read, null);
        }
        List<T> items = read.subList(0, size);
        return new Page<>(items, keyOf.applyAsLong(items.getLast()));
    }
}
