package io.surge.shared.paging;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list in keyset order, as {@link PageRequest#pageOf} makes it.
 *
 * @param items at most the requested size of them, in the list's order
 * @param nextAfter the key the next page starts after, or {@code null} on the last page
 */
public record Page<T>(List<T> items, @Nullable Long nextAfter) {

    public Page {
        items = List.copyOf(items);
    }

    /** The same page with each item mapped; the next page starts where it did. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextAfter);
    }
}
