package io.surge.testsupport.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Bearer tokens as an identity provider would issue them, signed with the {@link DevelopmentSecret}; and bad ones. */
public final class TestTokens {

    private static final Duration LIFETIME = Duration.ofHours(1);

    private TestTokens() {
    }

    public static String user(long userId) {
        return sign(claims(String.valueOf(userId), Instant.now().plus(LIFETIME)).build(), DevelopmentSecret.VALUE);
    }

    public static String admin(long userId) {
        return sign(claims(String.valueOf(userId), Instant.now().plus(LIFETIME)).claim("scope", "admin").build(),
                DevelopmentSecret.VALUE);
    }

    /** Expired two minutes ago: beyond the 60 s of clock skew the service allows. */
    public static String expired(long userId) {
        return sign(claims(String.valueOf(userId), Instant.now().minus(Duration.ofMinutes(2))).build(),
                DevelopmentSecret.VALUE);
    }

    public static String withoutExpiry(long userId) {
        return sign(new JWTClaimsSet.Builder().subject(String.valueOf(userId)).issueTime(new Date()).build(),
                DevelopmentSecret.VALUE);
    }

    public static String signedWith(String otherSecret, long userId) {
        return sign(claims(String.valueOf(userId), Instant.now().plus(LIFETIME)).build(), otherSecret);
    }

    public static String withSubject(String subject) {
        return sign(claims(subject, Instant.now().plus(LIFETIME)).build(), DevelopmentSecret.VALUE);
    }

    /** {@code alg: none}, no signature: an admin token anyone could write. */
    public static String unsignedAdmin(long userId) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(claims(String.valueOf(userId), Instant.now().plus(LIFETIME))
                .claim("scope", "admin").build().toString().getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static JWTClaimsSet.Builder claims(String subject, Instant expiresAt) {
        return new JWTClaimsSet.Builder().subject(subject).issueTime(new Date())
                .expirationTime(Date.from(expiresAt));
    }

    private static String sign(JWTClaimsSet claims, String secret) {
        try {
            SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            token.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
