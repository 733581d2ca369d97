package io.surge.catalog.adapter.in.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param delta added to the stock (negative takes away); never zero, which the use case checks
 */
record StockAdjustmentRequest(@NotNull @Min(-1_000_000_000) @Max(1_000_000_000) Long delta) {
}
