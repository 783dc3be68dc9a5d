package se.finsam.uppfoljning;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.budget.regelbrott.FragarInsatser;
import se.finsam.uppfoljning.budget.regelbrott.KonstruerarInsats;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.regelbrott.RegistrerarEgenInsats;
import se.finsam.uppfoljning.pm.regelbrott.LaserDto;
import se.finsam.uppfoljning.pm.regelbrott.LaserInsatsentitet;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of {@link EntityRules} bite: each fails on a deliberately broken class (test fixtures in
 * the *.regelbrott packages, never part of the application) and passes on one that keeps it, so
 * ArchitectureTest cannot be green because a rule matched nothing.
 */
class EntityRulesTest {

    private static JavaClasses importera(Class<?>... fixtures) {
        return new ClassFileImporter().importClasses(fixtures);
    }

    @Test
    void constructingAnotherComponentsEntityFails() {
        assertThatThrownBy(() -> EntityRules.NO_CLASS_CONSTRUCTS_OR_QUERIES_ANOTHER_COMPONENTS_ENTITIES
                .check(importera(KonstruerarInsats.class, Insats.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("KonstruerarInsats constructs se.finsam.uppfoljning.insats.entity.Insats")
                .hasMessageContaining("KonstruerarInsats constructs se.finsam.uppfoljning.insats.entity.Tilldelning");
    }

    @Test
    void queryingAnotherComponentsEntityFails() {
        assertThatThrownBy(() -> EntityRules.NO_CLASS_CONSTRUCTS_OR_QUERIES_ANOTHER_COMPONENTS_ENTITIES
                .check(importera(FragarInsatser.class, Insats.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FragarInsatser queries the entity se.finsam.uppfoljning.insats.entity.Insats");
    }

    @Test
    void aComponentMakesAndQueriesItsOwnEntities() {
        assertThatCode(() -> EntityRules.NO_CLASS_CONSTRUCTS_OR_QUERIES_ANOTHER_COMPONENTS_ENTITIES
                .check(importera(RegistrerarEgenInsats.class, Insats.class)))
                .doesNotThrowAnyException();
    }

    @Test
    void thePmNamingAnotherComponentsEntityFails() {
        assertThatThrownBy(() -> EntityRules.PM_AND_DATAPAKET_IMPORT_NO_ENTITY_OF_ANOTHER_COMPONENT
                .check(importera(LaserInsatsentitet.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LaserInsatsentitet")
                .hasMessageContaining("se.finsam.uppfoljning.insats.entity.Insats");
    }

    @Test
    void thePmReadingDtosAndKernelTypesPasses() {
        assertThatCode(() -> EntityRules.PM_AND_DATAPAKET_IMPORT_NO_ENTITY_OF_ANOTHER_COMPONENT
                .check(importera(LaserDto.class)))
                .doesNotThrowAnyException();
    }
}
