package io.surge.point.application;

import io.surge.point.domain.ChargePolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxCharge the largest single charge ({@code surge.point.max-charge})
 * @param maxBalance the largest balance a wallet may reach by charging ({@code surge.point.max-balance})
 */
@ConfigurationProperties("surge.point")
public record PointProperties(long maxCharge, long maxBalance) {

    ChargePolicy chargePolicy() {
        return new ChargePolicy(maxCharge, maxBalance);
    }
}
