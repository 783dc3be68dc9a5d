package se.finsam.uppfoljning.plattform.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerFactoryTest {

    /** Claims as a plain map: a string, or a list of strings. */
    record Claims(Map<String, Object> values) implements ClaimSource {
        @Override
        public Optional<String> string(String claim) {
            return values.get(claim) instanceof String s ? Optional.of(s) : Optional.empty();
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<String> strings(String claim) {
            Object v = values.get(claim);
            return v instanceof List<?> l ? (List<String>) l : v instanceof String s ? List.of(s) : List.of();
        }
    }

    @Test
    void mapsAHaboRapportorsToken() {
        Caller caller = CallerFactory.fromClaims(new Claims(Map.of(
                "preferred_username", "habo.rapportor", "name", "Hanna Åberg", "forbund", "uppsala-lan",
                "organization", List.of("habo"), "groups", List.of("rapportor", "offline_access", "uma_authorization"))));

        assertThat(caller.username()).isEqualTo("habo.rapportor");
        assertThat(caller.displayName()).isEqualTo("Hanna Åberg");
        assertThat(caller.forbund()).contains("uppsala-lan");
        assertThat(caller.organisation()).contains("habo");
        assertThat(caller.roles()).containsExactly(Roll.RAPPORTOR);
        assertThat(caller.isComplete()).isTrue();
    }

    @Test
    void keycloaksOwnRolesAreNotApplicationRoles() {
        Caller caller = CallerFactory.fromClaims(new Claims(Map.of(
                "preferred_username", "x", "groups", List.of("default-roles-uppfoljning", "offline_access"))));
        assertThat(caller.roles()).isEmpty();
    }

    @Test
    void aPersonWithoutOrganisationOrRoleIsIncompleteNotAnError() {
        Caller caller = CallerFactory.fromClaims(new Claims(Map.of("preferred_username", "utan.roll")));
        assertThat(caller.displayName()).isEqualTo("utan.roll");
        assertThat(caller.forbund()).isEmpty();
        assertThat(caller.organisation()).isEmpty();
        assertThat(caller.isComplete()).isFalse();
    }

    @Test
    void theBootstrapSystemAdministratorNeedsNoForbund() {
        Caller caller = CallerFactory.fromClaims(new Claims(Map.of(
                "preferred_username", "systemadmin", "groups", List.of("systemadmin"))));
        assertThat(caller.forbund()).isEmpty();
        assertThat(caller.isComplete()).isTrue();
    }

    @Test
    void twoOrganisationsPickTheSameOneEveryTime() {
        Caller caller = CallerFactory.fromClaims(new Claims(Map.of(
                "preferred_username", "x", "organization", List.of("tierp", "habo"))));
        assertThat(caller.organisation()).contains("habo");
    }

    @Test
    void blankValuesCountAsMissing() {
        Caller caller = CallerFactory.fromClaims(new Claims(Map.of(
                "preferred_username", "x", "name", " ", "forbund", "", "organization", List.of(""))));
        assertThat(caller.displayName()).isEqualTo("x");
        assertThat(caller.forbund()).isEmpty();
        assertThat(caller.organisation()).isEmpty();
    }

    @Test
    void fallsBackToSubjectAndRefusesATokenWithNeither() {
        assertThat(CallerFactory.fromClaims(new Claims(Map.of("sub", "abc"))).username()).isEqualTo("abc");
        assertThatThrownBy(() -> CallerFactory.fromClaims(new Claims(Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRoleRoundTripsThroughItsClaimValue() {
        for (Roll roll : Roll.values()) {
            assertThat(Roll.fromClaim(roll.claimValue())).contains(roll);
            assertThat(roll.claimValue()).matches("[a-z]+");
        }
    }
}
