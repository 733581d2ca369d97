package io.surge.coupon.adapter.out.metrics;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.surge.coupon.domain.CouponRefusals;
import io.surge.coupon.port.out.CouponIssueMetrics;
import io.surge.shared.metrics.CommittedCount;

import org.springframework.stereotype.Component;

/**
 * {@code surge.coupons.issued} and {@code surge.coupons.refused{reason}}, the reason being the refusal's problem code;
 * Prometheus shows them as {@code surge_coupons_issued_total}, ... (ADR 0019).
 */
@Component
class MicrometerCouponIssueMetrics implements CouponIssueMetrics, MeterBinder {

    /**
     * Every refusal of an issue request (API.md), so that each series exists from start-up; a code missing here is
     * counted as {@code OTHER} rather than turning the refusal into an error.
     */
    private static final List<String> REFUSALS = List.of(CouponRefusals.COUPON_NOT_FOUND,
            CouponRefusals.COUPON_SOLD_OUT, CouponRefusals.COUPON_ALREADY_ISSUED, CouponRefusals.COUPON_ISSUE_NOT_OPEN,
            CouponRefusals.SERVICE_UNAVAILABLE, "OTHER");

    private final CommittedCount issued = new CommittedCount();
    private final Map<String, CommittedCount> refused = REFUSALS.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), code -> new CommittedCount()));

    @Override
    public void issued() {
        issued.increment();
    }

    @Override
    public void refused(String code) {
        refused.getOrDefault(code, refused.get("OTHER")).increment();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("surge.coupons.issued", issued, CommittedCount::value)
                .description("Coupons issued (committed)")
                .register(registry);
        refused.forEach((code, count) -> FunctionCounter.builder("surge.coupons.refused", count, CommittedCount::value)
                .description("Coupon issue requests refused, by the problem code of the refusal")
                .tag("reason", code)
                .register(registry));
    }
}
