package io.surge.point.adapter.in.web;

import jakarta.validation.constraints.NotNull;

/**
 * @param amount points to add; its bounds are configuration, checked by the use case
 */
record ChargeRequest(@NotNull Long amount) {
}
