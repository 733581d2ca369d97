package io.surge.order.adapter.in.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.surge.order.domain.FailureReason;
import io.surge.order.domain.Order;
import io.surge.order.domain.OrderRequest.RequestedLine;
import io.surge.order.domain.OrderStatus;
import io.surge.order.port.in.CancelOrderUseCase;
import io.surge.order.port.in.GetOrderQuery;
import io.surge.order.port.in.PlaceOrderCommand;
import io.surge.order.port.in.PlaceOrderUseCase;
import io.surge.shared.access.ActingUser;
import io.surge.shared.error.BusinessException;
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

/**
 * Order and pay in one call: the saga runs to its end in the request's transaction (ADR 0013), so the answer is
 * final: 201 paid, 404/409 failed (with the failed order's id).
 */
@RestController
@RequestMapping("/api/v1")
class OrderController {

    private final PlaceOrderUseCase placeOrder;
    private final CancelOrderUseCase cancelOrder;
    private final GetOrderQuery orders;
    private final IdempotentRequests idempotentRequests;

    OrderController(PlaceOrderUseCase placeOrder, CancelOrderUseCase cancelOrder, GetOrderQuery orders,
            IdempotentRequests idempotentRequests) {
        this.placeOrder = placeOrder;
        this.cancelOrder = cancelOrder;
        this.orders = orders;
        this.idempotentRequests = idempotentRequests;
    }

    @PostMapping("/users/{userId}/orders")
    @ApiResponse(responseCode = "201", description = "The order, COMPLETED (paid)",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    ResponseEntity<?> place(@PathVariable @Positive long userId, @Valid @RequestBody PlaceOrderRequest request,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) @Nullable String idempotencyKey) {
        ActingUser owner = ActingUser.user(userId); // the path is the caller's own, or the caller is an admin
        PlaceOrderCommand command = new PlaceOrderCommand(userId, request.items().stream()
                .map(item -> new RequestedLine(item.productId(), item.quantity())).toList(), request.userCouponId());
        return idempotentRequests.execute(userId, idempotencyKey, request, () -> placeOrder.place(command),
                Order::orderId, orderId -> orders.order(orderId, owner), OrderController::placed);
    }

    @GetMapping("/orders/{orderId}")
    OrderResponse order(@PathVariable @Positive long orderId, ActingUser viewer) {
        return OrderResponse.of(orders.order(orderId, viewer));
    }

    @GetMapping("/users/{userId}/orders")
    PageResponse<OrderResponse> ordersOf(@PathVariable @Positive long userId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        PageRequest page = new PageRequest(KeysetCursor.decode(cursor), size);
        return PageResponse.of(orders.ordersOf(userId, page), OrderResponse::of);
    }

    @PostMapping("/orders/{orderId}/cancellation")
    OrderResponse cancel(@PathVariable @Positive long orderId, ActingUser canceller) {
        return OrderResponse.of(cancelOrder.cancel(orderId, canceller));
    }

    private static ResponseEntity<OrderResponse> placed(Order order) {
        return switch (order.status()) {
            case COMPLETED -> ResponseEntity.created(locationOf(order)).body(OrderResponse.of(order));
            case FAILED -> throw failed(order);
            // only if a step were answered asynchronously (a module moved out of this process)
            default -> ResponseEntity.accepted().location(locationOf(order)).body(OrderResponse.of(order));
        };
    }

    private static BusinessException failed(Order order) {
        FailureReason reason = order.failureReason();
        return new BusinessException(reason.name(), reason == FailureReason.PRODUCT_NOT_FOUND
                ? BusinessException.Category.NOT_FOUND
                : BusinessException.Category.CONFLICT,
                "Order " + order.orderId() + " failed: " + reason.name() + ".", List.of(),
                Map.of("orderId", order.orderId(), "orderStatus", OrderStatus.FAILED.name()));
    }

    private static URI locationOf(Order order) {
        return URI.create("/api/v1/orders/" + order.orderId());
    }
}
