package se.finsam.uppfoljning.plattform.security;

import fish.payara.security.openid.api.AccessTokenCallerPrincipal;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens Payara has already verified, until they expire. A program sends the same token with
 * every call; verifying it once instead of on every request (Payara also opens an HTTP session each
 * time) is most of the API's cost per call (see docs/benchmarks.md). Only a token that passed
 * Payara's verification is ever stored, and never past its own expiry. Bounded in size.
 */
@ApplicationScoped
public class VerifiedTokens {

    static final int MAX = 10_000;

    record Verified(Principal principal, Set<String> groups, Instant expires) {
    }

    private final Map<String, Verified> tokens = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    Optional<Verified> get(String token) {
        Verified v = tokens.get(token);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.expires().isAfter(clock.instant())) {
            tokens.remove(token);
            return Optional.empty();
        }
        return Optional.of(v);
    }

    void put(String token, Principal principal, Set<String> groups) {
        if (!(principal instanceof AccessTokenCallerPrincipal bearer)) {
            return;
        }
        Optional<Instant> expires = bearer.getClaims().getExpirationTime();
        if (expires.isEmpty() || !expires.get().isAfter(clock.instant())) {
            return;
        }
        if (tokens.size() >= MAX) {
            Instant now = clock.instant();
            tokens.values().removeIf(v -> !v.expires().isAfter(now));
            if (tokens.size() >= MAX) {
                tokens.clear();
            }
        }
        tokens.put(token, new Verified(principal, Set.copyOf(groups), expires.get()));
    }
}
