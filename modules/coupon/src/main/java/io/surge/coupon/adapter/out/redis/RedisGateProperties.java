package io.surge.coupon.adapter.out.redis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param keyPrefix what every gate key starts with ({@code surge.coupon.gate.key-prefix}); tests get a prefix per
 *        JVM so concurrent runs sharing one Redis never see each other's gates
 * @param retention how long a gate outlives its issue window, or its last admission when the window has no end
 *        ({@code surge.coupon.gate.retention}); an expired gate is simply rebuilt from MySQL when asked again
 * @param lockWait how long a request waits for another to finish building the gate before answering 503
 *        ({@code surge.coupon.gate.lock-wait})
 * @param timeout how long one call of the gate waits for Redis before the request is answered 503
 *        ({@code surge.coupon.gate.timeout})
 */
@ConfigurationProperties("surge.coupon.gate")
record RedisGateProperties(String keyPrefix, Duration retention, Duration lockWait, Duration timeout) {
}
