package se.finsam.uppfoljning.plattform.security;

import se.finsam.uppfoljning.plattform.control.ClaimSource;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims of a verified access token as the token library hands them over: JSON strings, arrays
 * as collections, objects as maps. Keycloak has written the organisation claim both as a list of
 * aliases and as an object keyed by alias; both read the same here.
 */
record MapClaims(Map<String, Object> claims) implements ClaimSource {

    MapClaims {
        claims = claims == null ? Map.of() : claims;
    }

    @Override
    public Optional<String> string(String claim) {
        return claims.get(claim) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    @Override
    public List<String> strings(String claim) {
        Object value = claims.get(claim);
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (value instanceof Map<?, ?> m) {
            return m.keySet().stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
