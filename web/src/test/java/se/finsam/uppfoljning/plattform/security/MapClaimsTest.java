package se.finsam.uppfoljning.plattform.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MapClaimsTest {

    @Test
    void readsStringsListsAndObjectKeys() {
        MapClaims claims = new MapClaims(Map.of(
                "name", "Hanna Åberg",
                "groups", List.of("rapportor", "styrgrupp"),
                "organization", Map.of("habo", Map.of()),
                "single", "kansli"));
        assertThat(claims.string("name")).contains("Hanna Åberg");
        assertThat(claims.strings("groups")).containsExactly("rapportor", "styrgrupp");
        assertThat(claims.strings("organization")).containsExactly("habo");
        assertThat(claims.strings("single")).containsExactly("kansli");
    }

    @Test
    void absentOrOddlyTypedClaimsAreEmpty() {
        MapClaims claims = new MapClaims(Map.of("exp", 12345L));
        assertThat(claims.string("exp")).isEmpty();
        assertThat(claims.string("nope")).isEmpty();
        assertThat(claims.strings("nope")).isEmpty();
        assertThat(new MapClaims(null).strings("groups")).isEmpty();
    }
}
