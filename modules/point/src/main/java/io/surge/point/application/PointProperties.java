package io.surge.point.application;

import io.surge.point.domain.ChargePolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxCharge the largest single charge ({@code surge.point.max-charge})
 * @param maxBalance the largest balance a wallet may reach by charging ({@code surge.point.max-balance})
 */
@ConfigurationProperties("surge.point")
public record PointProperties(@DefaultValue("1000000") long maxCharge, @DefaultValue("100000000") long maxBalance) {

    ChargePolicy chargePolicy() {
        return new ChargePolicy(maxCharge, maxBalance);
    }
}
