package io.surge.shared.web;

import java.util.List;
import java.util.function.Function;

import io.surge.shared.paging.Page;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paginated list (API.md): the items and the opaque cursor of the next page, or
 * {@code null} on the last one.
 */
public record PageResponse<T>(List<T> items, @Nullable String nextCursor) {

    /** {@code page} as the API shows it: each item through {@code view}, the next page's key as its cursor. */
    public static <E, T> PageResponse<T> of(Page<E> page, Function<? super E, ? extends T> view) {
        Long nextAfter = page.nextAfter();
        return new PageResponse<>(page.items().stream().<T>map(view).toList(),
                nextAfter == null ? null : KeysetCursor.encode(nextAfter));
    }
}
