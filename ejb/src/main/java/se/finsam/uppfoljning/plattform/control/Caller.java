package se.finsam.uppfoljning.plattform.control;

import se.finsam.uppfoljning.plattform.PlattformFel;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the one place the rest of the application asks about identity, förbund,
 * organisation and roles. Built from the token by {@link CallerFactory}.
 *
 * @param username     the stable login name ({@code preferred_username})
 * @param displayName  full name for people to read
 * @param forbund      code of the förbund the person works for, if the token says
 * @param organisation alias of the Keycloak organisation (the partner agency), if any
 * @param roles        application roles; unknown role names in the token are dropped
 */
public record Caller(String username, String displayName, Optional<String> forbund,
                     Optional<String> organisation, Set<Roll> roles) {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(forbund, "forbund");
        Objects.requireNonNull(organisation, "organisation");
        roles = Set.copyOf(roles);
    }

    public boolean has(Roll roll) {
        return roles.contains(roll);
    }

    public boolean hasAny(Roll... wanted) {
        for (Roll r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The förbund the person works for; refused when the account is not linked to one, since every
     * piece of data belongs to a förbund.
     */
    public String requireForbund() {
        return forbund.orElseThrow(() -> UppfoljningException.of(PlattformFel.INGET_FORBUND));
    }

    /**
     * A person without förbund, organisation or any role cannot use the application yet. The system
     * administrator works across förbund, and the bootstrap one of an empty install has neither.
     */
    public boolean isComplete() {
        return has(Roll.SYSTEMADMIN) || forbund.isPresent() && organisation.isPresent() && !roles.isEmpty();
    }
}
