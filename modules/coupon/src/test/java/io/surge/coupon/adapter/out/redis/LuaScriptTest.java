package io.surge.coupon.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import io.surge.coupon.CouponTestConfiguration;
import org.junit.jupiter.api.Test;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Scripts run by SHA against the real Redis, including one Redis has never seen: what every script looks like to a
 * Redis that restarted (no {@code SCRIPT FLUSH} here: the Redis is shared).
 */
@ApplicationModuleTest
@Import(CouponTestConfiguration.class)
class LuaScriptTest {

    @Autowired RedissonClient redisson;
    @Value("${surge.coupon.gate.key-prefix}") String keyPrefix;

    @Test
    void loadsAScriptRedisDoesNotKnowAndThenRunsItBySha() {
        RScript scripts = redisson.getScript(StringCodec.INSTANCE);
        LuaScript script = new LuaScript("-- " + UUID.randomUUID() + "\nreturn redis.call('INCRBY', KEYS[1], ARGV[1])");
        assertThat(scripts.scriptExists(script.sha())).containsExactly(false);
        List<Object> keys = List.of(keyPrefix + "lua-script-test");

        Long first = script.run(scripts, RScript.ReturnType.LONG, keys, 5);
        Long second = script.run(scripts, RScript.ReturnType.LONG, keys, 2);

        assertThat(first).isEqualTo(5);
        assertThat(second).isEqualTo(7);
        assertThat(scripts.scriptExists(script.sha())).containsExactly(true);
    }
}
