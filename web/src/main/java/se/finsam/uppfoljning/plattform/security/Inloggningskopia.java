package se.finsam.uppfoljning.plattform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person's claims, copied into the web session when Payara's OpenID Connect sign-in
 * succeeds, for the other nodes of a cluster (docs/decisions/0031-cluster.md). The session travels
 * to another node through the data grid, the container's sign-in with it, but Payara's OpenID context
 * does not: its tokens do not serialise (security connectors 3.1.2), so on the other node the context
 * is empty. There the claims come from this copy instead. It is written only after Payara verified
 * the sign-in, and lives no longer than the session; plain Java collections, so that it serialises.
 */
final class Inloggningskopia {

    static final String ATTRIBUT = Inloggningskopia.class.getName();
    private static final String GRUPPER = "groups";

    private Inloggningskopia() {
    }

    /** After a verified sign-in on this node: the claims for the other nodes, once per session. */
    static void spara(HttpServletRequest request, Map<String, Object> claims) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUT) == null) {
            session.setAttribute(ATTRIBUT, kopia(claims));
        }
    }

    /** The claims of a sign-in made on another node, if this session has one. */
    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> las(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Map<String, Object>) session.getAttribute(ATTRIBUT));
    }

    static Set<String> grupper(Map<String, Object> claims) {
        Set<String> grupper = new LinkedHashSet<>();
        if (claims.get(GRUPPER) instanceof Collection<?> c) {
            c.forEach(g -> grupper.add(String.valueOf(g)));
        }
        return grupper;
    }

    private static LinkedHashMap<String, Object> kopia(Map<String, Object> claims) {
        LinkedHashMap<String, Object> kopia = new LinkedHashMap<>();
        claims.forEach((k, v) -> kopia.put(k, varde(v)));
        return kopia;
    }

    @SuppressWarnings("unchecked")
    private static Object varde(Object v) {
        if (v instanceof Map<?, ?> m) {
            return kopia((Map<String, Object>) m);
        }
        if (v instanceof Collection<?> c) {
            ArrayList<Object> lista = new ArrayList<>();
            c.forEach(x -> lista.add(varde(x)));
            return lista;
        }
        return v == null || v instanceof Serializable ? v : String.valueOf(v);
    }
}
