package io.surge.point.adapter.in.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.surge.point.domain.LedgerEntry;
import org.jspecify.annotations.Nullable;

@JsonInclude(JsonInclude.Include.NON_NULL)
record LedgerEntryResponse(long entryId, String type, long amount, long balanceAfter, @Nullable Long orderId,
        Instant createdAt) {

    static LedgerEntryResponse of(LedgerEntry entry) {
        return new LedgerEntryResponse(entry.entryId(), entry.type().name(), entry.amount(), entry.balanceAfter(),
                entry.orderId(), entry.createdAt());
    }
}
