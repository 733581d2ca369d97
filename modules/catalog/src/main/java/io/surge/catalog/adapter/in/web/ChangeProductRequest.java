package io.surge.catalog.adapter.in.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A partial update: what is absent (or {@code null}) stays as it is; at least one must be given, which the use
 * case checks along with the name's length (in characters, as for registration).
 */
record ChangeProductRequest(
        @Nullable @Pattern(regexp = ".*\\S.*", flags = Pattern.Flag.DOTALL, message = "must not be blank") String name,
        @Nullable @Min(0) @Max(100_000_000) Long price) {
}
