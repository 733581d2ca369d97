package io.surge.coupon.application;

import java.time.Clock;
import java.util.Optional;

import io.surge.coupon.domain.GateCorrection;
import io.surge.coupon.port.in.GateReconciliationReport;
import io.surge.coupon.port.in.ReconcileCouponGatesUseCase;
import io.surge.coupon.port.out.CouponGate;
import io.surge.coupon.port.out.UserCouponRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Aligns every open gate with MySQL (see {@link GateCorrection}). The gate's admissions are read before MySQL's
 * winners, so a user whose coupon commits in between is seen as a winner, never as a lost admission.
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
        int gates = 0;
        int removed = 0;
        int added = 0;
        for (long couponId : gate.openGates()) {
            Optional<GateCorrection> applied = gate.reconcile(couponId, admitted -> GateCorrection.between(admitted,
                    userCoupons.issuedUsers(couponId), clock.instant(), properties.admissionGrace()));
            if (applied.isPresent()) {
                gates++;
                removed += applied.get().lostAdmissions().size();
                added += applied.get().missingWinners().size();
                if (!applied.get().isEmpty()) {
                    log.info("Coupon {} gate reconciled: {} lost admissions freed, {} winners put back", couponId,
                            applied.get().lostAdmissions().size(), applied.get().missingWinners().size());
                }
            }
        }
        return new GateReconciliationReport(gates, removed, added);
    }
}
