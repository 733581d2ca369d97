package io.surge.catalog.adapter.in.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * @param name at most 200 characters, counted by the use case in code points as the database counts them
 *        ({@code @Size} would count UTF-16 units and refuse 200 emoji)
 */
record RegisterProductRequest(
        @NotBlank String name,
        @NotNull @Min(0) @Max(100_000_000) Long price,
        @NotNull @Min(0) @Max(1_000_000_000) Long stock) {
}
