package io.surge.point.application;

import java.time.Clock;

import io.surge.point.domain.ChargePolicy;
import io.surge.point.domain.LedgerEntry;
import io.surge.point.domain.NewLedgerEntry;
import io.surge.point.port.in.ChargePointsCommand;
import io.surge.point.port.in.ChargePointsUseCase;
import io.surge.point.port.out.LedgerRepository;
import io.surge.point.port.out.PointEventPublisher;
import io.surge.point.port.out.WalletRepository;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@EnableConfigurationProperties(PointProperties.class)
class ChargePointsService implements ChargePointsUseCase {

    private final WalletRepository wallets;
    private final LedgerRepository ledger;
    private final PointEventPublisher events;
    private final ChargePolicy policy;
    private final Clock clock;

    ChargePointsService(WalletRepository wallets, LedgerRepository ledger, PointEventPublisher events,
            PointProperties properties, Clock clock) {
        this.wallets = wallets;
        this.ledger = ledger;
        this.events = events;
        this.policy = properties.chargePolicy();
        this.clock = clock;
    }

    @Override
    @Transactional
    public LedgerEntry charge(ChargePointsCommand command) {
        long amount = command.amount();
        long balanceAfter = wallets
                .credit(command.userId(), amount, policy.highestBalanceBeforeCharging(amount))
                .orElseThrow(() -> policy.balanceLimitExceeded(amount));
        LedgerEntry charge = ledger.append(NewLedgerEntry.charge(command.userId(), amount, balanceAfter, clock.instant()));
        events.charged(charge);
        return charge;
    }
}
