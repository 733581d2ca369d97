package io.surge.shared.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.surge.shared.web.RateLimitedException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Draws one token per write (charge, coupon issue, order, cancellation) from the acting user's bucket, after the
 * request is authorized: a stranger's or an anonymous request never spends a user's tokens.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final RequestMatcher WRITES = new OrRequestMatcher(List.of(
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/users/{userId}/points/charges"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/users/{userId}/coupons"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/users/{userId}/orders"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/orders/{orderId}/cancellation")));

    private final RateLimits limits;
    private final HandlerExceptionResolver problems;

    RateLimitFilter(RateLimits limits, HandlerExceptionResolver problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> refusal = WRITES.matches(request)
                ? ActingUsers.current().flatMap(user -> limits.take(user.userId()))
                : Optional.empty();
        if (refusal.isPresent()) {
            problems.resolveException(request, response, null, new RateLimitedException(refusal.get()));
            return;
        }
        chain.doFilter(request, response);
    }
}
