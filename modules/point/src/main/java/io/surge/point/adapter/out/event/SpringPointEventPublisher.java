package io.surge.point.adapter.out.event;

import java.util.UUID;

import io.surge.point.domain.LedgerEntry;
import io.surge.point.domain.PaymentRefusal;
import io.surge.point.events.PointUseRejected;
import io.surge.point.events.PointsCharged;
import io.surge.point.events.PointsRefunded;
import io.surge.point.events.PointsUsed;
import io.surge.point.port.out.PointEventPublisher;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the point module's facts as Spring application events; the event publication registry stores
 * them in the caller's transaction and delivers them after commit.
 */
@Component
class SpringPointEventPublisher implements PointEventPublisher {

    private final ApplicationEventPublisher publisher;

    SpringPointEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void charged(LedgerEntry charge) {
        publisher.publishEvent(new PointsCharged(UUID.randomUUID(), charge.userId(), charge.amount(),
                charge.balanceAfter(), charge.entryId(), charge.createdAt()));
    }

    @Override
    public void used(LedgerEntry use) {
        publisher.publishEvent(new PointsUsed(UUID.randomUUID(), use.orderId(), use.userId(), use.amount(),
                use.balanceAfter(), use.entryId(), use.createdAt()));
    }

    @Override
    public void refused(PaymentRefusal refusal) {
        publisher.publishEvent(new PointUseRejected(UUID.randomUUID(), refusal.orderId(), refusal.userId(),
                refusal.amount(), refusal.reason().name(), refusal.refusedAt()));
    }

    @Override
    public void refunded(LedgerEntry refund) {
        publisher.publishEvent(new PointsRefunded(UUID.randomUUID(), refund.orderId(), refund.userId(),
                refund.amount(), refund.balanceAfter(), refund.entryId(), refund.createdAt()));
    }
}
