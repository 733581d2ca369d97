package io.surge.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paginated list (API.md): the items and the opaque cursor of the next page, or
 * {@code null} on the last one.
 */
public record PageResponse<T>(List<T> items, @Nullable String nextCursor) {
}
