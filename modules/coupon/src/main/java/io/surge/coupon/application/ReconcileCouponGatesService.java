package io.surge.coupon.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.surge.coupon.port.in.GateReconciliationReport;
import io.surge.coupon.port.in.ReconcileCouponGatesUseCase;
import io.surge.coupon.port.out.CouponGate;
import io.surge.coupon.port.out.CouponGate.GateRepair;
import io.surge.coupon.port.out.UserCouponRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Aligns every open gate with MySQL (ADR 0008), batch by batch, so no single read grows with a coupon's winners:
 * <ul>
 * <li>an admission older than the grace period whose user holds no coupon is lost (its request died between the
 * gate and the commit) and is given back; younger ones may still be committing. Each batch of admissions is read
 * before MySQL is asked about its users, so a coupon committed in between counts as held, never as lost;</li>
 * <li>every winner in MySQL the gate does not know (admitted before Redis lost the gate, committed after it was
 * rebuilt) is put back, walking the winners by user id.</li>
 * </ul>
 */
@Service
@EnableConfigurationProperties(CouponGateProperties.class)
class ReconcileCouponGatesService implements ReconcileCouponGatesUseCase {

    private static final Logger log = LoggerFactory.getLogger(ReconcileCouponGatesService.class);

    private final CouponGate gate;
    private final UserCouponRepository userCoupons;
    private final CouponGateProperties properties;
    private final Clock clock;

    ReconcileCouponGatesService(CouponGate gate, UserCouponRepository userCoupons, CouponGateProperties properties,
            Clock clock) {
        this.gate = gate;
        this.userCoupons = userCoupons;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public GateReconciliationReport reconcile() {
        GateReconciliationReport total = new GateReconciliationReport(0, 0, 0);
        for (long couponId : gate.openGates()) {
            Optional<GateReconciliationReport> one = gate.reconcile(couponId, repair -> reconcile(couponId, repair));
            if (one.isPresent()) {
                total = total.plus(one.get());
                if (one.get().lostAdmissionsRemoved() + one.get().missingWinnersAdded() > 0) {
                    log.info("Coupon {} gate reconciled: {} lost admissions freed, {} winners put back", couponId,
                            one.get().lostAdmissionsRemoved(), one.get().missingWinnersAdded());
                }
            }
        }
        return total;
    }

    private GateReconciliationReport reconcile(long couponId, GateRepair repair) {
        int batchSize = properties.reconcileBatchSize();
        Instant admittedBefore = clock.instant().minus(properties.admissionGrace());
        AtomicInteger freed = new AtomicInteger();
        repair.admittedBefore(admittedBefore, batchSize, admissions -> {
            Set<Long> holders = userCoupons.holders(couponId, admissions.keySet());
            freed.addAndGet(repair.giveBack(admissions.entrySet().stream()
                    .filter(admission -> !holders.contains(admission.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
        });
        int putBack = 0;
        long afterUserId = Long.MIN_VALUE;
        SortedMap<Long, Instant> winners;
        do {
            winners = userCoupons.issuedUsers(couponId, afterUserId, batchSize);
            putBack += repair.putBack(winners);
            afterUserId = winners.isEmpty() ? afterUserId : winners.lastKey();
        } while (winners.size() == batchSize);
        return new GateReconciliationReport(1, freed.get(), putBack);
    }
}
