package io.surge.coupon.adapter.out.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.redisson.api.RScript;
import org.redisson.client.RedisException;

/**
 * A Lua script run by its SHA-1 ({@code EVALSHA}: the script text crosses the network once), loaded into Redis on
 * first use and again whenever Redis forgot it ({@code NOSCRIPT} after a restart or {@code SCRIPT FLUSH}).
 * Arguments are sent as strings.
 */
final class LuaScript {

    private final String source;
    private final String sha;

    LuaScript(String source) {
        this.source = source;
        this.sha = sha1(source);
    }

    String sha() {
        return sha;
    }

    <R> R run(RScript scripts, RScript.ReturnType returnType, List<Object> keys, Object... args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = String.valueOf(args[i]);
        }
        try {
            return scripts.evalSha(RScript.Mode.READ_WRITE, sha, returnType, keys, values);
        } catch (RedisException notLoaded) {
            if (notLoaded.getMessage() == null || !notLoaded.getMessage().contains("NOSCRIPT")) {
                throw notLoaded;
            }
            scripts.scriptLoad(source);
            return scripts.evalSha(RScript.Mode.READ_WRITE, sha, returnType, keys, values);
        }
    }

    private static String sha1(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
