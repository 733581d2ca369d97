package io.surge.shared.security;

import java.util.Optional;

import io.surge.shared.access.ActingUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads the acting user off a verified bearer token; anything else (anonymous, no token) acts as nobody. */
final class ActingUsers {

    static final String ADMIN_AUTHORITY = "SCOPE_admin";

    private ActingUsers() {
    }

    static Optional<ActingUser> of(@Nullable Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
            return Optional.empty();
        }
        boolean admin = token.getAuthorities().stream()
                .anyMatch(authority -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
        return Optional.of(new ActingUser(Long.parseLong(token.getName()), admin)); // sub validated as decimal
    }

    static Optional<ActingUser> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }
}
