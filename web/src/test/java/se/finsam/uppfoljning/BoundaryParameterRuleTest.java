package se.finsam.uppfoljning;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.fixture.boundary.Otypad;
import se.finsam.uppfoljning.fixture.typad.boundary.Typad;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.uppfoljning.BoundaryParameterRule.PUBLIC_BOUNDARY_METHODS_TAKE_NO_BARE_IDS_OR_PERIODS;

/**
 * Shows that {@link BoundaryParameterRule} catches what it is about, so that its passing in
 * {@link ArchitectureTest} means something: it fails on a boundary class taking bare ids and periods
 * and passes on one taking the value types.
 */
class BoundaryParameterRuleTest {

    @Test
    void failsOnABoundaryTakingBareIdsAndPeriods() {
        JavaClasses otypad = new ClassFileImporter().importClasses(Otypad.class);
        assertThatThrownBy(() -> PUBLIC_BOUNDARY_METHODS_TAKE_NO_BARE_IDS_OR_PERIODS.check(otypad))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Otypad.insats(long)")
                .hasMessageContaining("the insats id 'insatsId' as a bare long")
                .hasMessageContaining("takes 'ar' as a bare int")
                .hasMessageContaining("takes 'halvar' as a bare int")
                .hasMessageContaining("the insats id 'insatsId' as a bare Long")
                .hasMessageContaining("takes 'ar' as a bare Integer");
    }

    @Test
    void passesOnABoundaryTakingTheValueTypes() {
        JavaClasses typad = new ClassFileImporter().importClasses(Typad.class);
        assertThatCode(() -> PUBLIC_BOUNDARY_METHODS_TAKE_NO_BARE_IDS_OR_PERIODS.check(typad)).doesNotThrowAnyException();
    }
}
