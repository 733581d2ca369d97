package io.surge.point.adapter.in.web;


import io.surge.point.domain.LedgerEntry;
import io.surge.point.domain.Wallet;
import io.surge.point.port.in.ChargePointsCommand;
import io.surge.point.port.in.ChargePointsUseCase;
import io.surge.point.port.in.GetBalanceQuery;
import io.surge.point.port.in.GetPointHistoryQuery;
import io.surge.shared.idempotency.IdempotencyKey;
import io.surge.shared.idempotency.IdempotentRequests;
import io.surge.shared.paging.PageRequest;
import io.surge.shared.web.KeysetCursor;
import io.surge.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users/{userId}/points")
class PointController {

    private final ChargePointsUseCase chargePoints;
    private final GetBalanceQuery balances;
    private final GetPointHistoryQuery history;
    private final IdempotentRequests idempotentRequests;

    PointController(ChargePointsUseCase chargePoints, GetBalanceQuery balances, GetPointHistoryQuery history,
            IdempotentRequests idempotentRequests) {
        this.chargePoints = chargePoints;
        this.balances = balances;
        this.history = history;
        this.idempotentRequests = idempotentRequests;
    }

    @GetMapping
    BalanceResponse balance(@PathVariable @Positive long userId) {
        Wallet wallet = balances.balanceOf(userId);
        return new BalanceResponse(wallet.userId(), wallet.balance());
    }

    @PostMapping("/charges")
    @ApiResponse(responseCode = "200", description = "The charge's ledger entry and the new balance",
            content = @Content(schema = @Schema(implementation = ChargeResponse.class)))
    ResponseEntity<?> charge(@PathVariable @Positive long userId, @Valid @RequestBody ChargeRequest request,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) @Nullable String idempotencyKey) {
        return idempotentRequests.execute(userId, idempotencyKey, request, () -> {
            LedgerEntry charge = chargePoints.charge(new ChargePointsCommand(userId, request.amount()));
            return ResponseEntity.ok(new ChargeResponse(userId, charge.balanceAfter(), charge.amount(),
                    charge.entryId()));
        });
    }

    @GetMapping("/history")
    PageResponse<LedgerEntryResponse> history(@PathVariable @Positive long userId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        PageRequest page = new PageRequest(KeysetCursor.decode(cursor), size);
        return PageResponse.of(history.history(userId, page), LedgerEntryResponse::of);
    }
}
