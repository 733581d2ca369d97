package io.surge.point.adapter.in.event;

import io.surge.point.events.RefundPoints;
import io.surge.point.events.UsePoints;
import io.surge.point.port.in.RefundPointsCommand;
import io.surge.point.port.in.RefundPointsUseCase;
import io.surge.point.port.in.UsePointsCommand;
import io.surge.point.port.in.UsePointsUseCase;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Serves the order saga's payment requests, synchronously in the requester's transaction (ADR 0013); the use
 * cases would make a redelivery harmless too.
 */
@Component
class PointSagaListener {

    private final UsePointsUseCase usePoints;
    private final RefundPointsUseCase refundPoints;

    PointSagaListener(UsePointsUseCase usePoints, RefundPointsUseCase refundPoints) {
        this.usePoints = usePoints;
        this.refundPoints = refundPoints;
    }

    @EventListener(id = "point.use-points")
    void on(UsePoints request) {
        usePoints.use(new UsePointsCommand(request.orderId(), request.userId(), request.amount()));
    }

    @EventListener(id = "point.refund-points")
    void on(RefundPoints request) {
        refundPoints.refund(new RefundPointsCommand(request.orderId(), request.userId()));
    }
}
