package se.finsam.uppfoljning;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsrapportering;
import se.finsam.uppfoljning.kvartalsrapport.rest.KvartalsrapporterResource;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code as docs/architecture.md draws it, checked on the classes of the ejb and web
 * modules together (a component lives in both: boundary/control/entity in ejb, rest/web in web).
 * A component is a top-level package under se.finsam.uppfoljning; plattform is the shared kernel
 * at the bottom.
 */
class ArchitectureTest {

    private static final String ROOT = "se.finsam.uppfoljning";

    /** The components, each a top-level package and a layer of {@link #componentsDependDownwardOnly}. */
    private static final List<String> KOMPONENTER = List.of("plattform", "partner", "insats", "kvartalsrapport",
            "behorighet", "budget", "deltagare", "sus", "avvikelse", "slutrapport", "datapaket", "pm", "layout", "attgora");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT + "..");
    }

    /** Guards the rules below against passing on an empty or half import. */
    @Test
    void seesTheClassesOfBothModules() {
        assertThat(classes.contain(Kvartalsrapportering.class)).as("ejb").isTrue();
        assertThat(classes.contain(KvartalsrapporterResource.class)).as("web").isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).as("test classes").isFalse();
    }

    @Test
    void componentsAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void plattformDependsOnNoComponent() {
        noClasses().that().resideInAPackage(ROOT + ".plattform..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..")
                        .and(not(resideInAPackage(ROOT + ".plattform.."))))
                .check(classes);
    }

    /**
     * The allowed direction between components: what may use what. A component that must hear of
     * another's change gets a CDI event instead of importing upward. Components not listed here
     * (new ones) are still held by the cycle rule.
     */
    @Test
    void componentsDependDownwardOnly() {
        LayeredArchitecture lagren = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String komponent : KOMPONENTER) {
            lagren = lagren.layer(komponent).definedBy(ROOT + "." + komponent + "..");
        }
        lagren
                .whereLayer("plattform").mayNotAccessAnyLayer()
                .whereLayer("partner").mayOnlyAccessLayers("plattform")
                .whereLayer("insats").mayOnlyAccessLayers("plattform", "partner")
                .whereLayer("kvartalsrapport").mayOnlyAccessLayers("plattform", "partner", "insats")
                .whereLayer("behorighet").mayOnlyAccessLayers("plattform", "partner", "insats")
                .whereLayer("budget").mayOnlyAccessLayers("plattform", "partner", "insats")
                .whereLayer("deltagare").mayOnlyAccessLayers("plattform", "partner", "insats")
                // the SUS import writes participant statistics through deltagare; deltagare knows an import only by its id
                .whereLayer("sus").mayOnlyAccessLayers("plattform", "partner", "insats", "deltagare")
                .whereLayer("avvikelse").mayOnlyAccessLayers("plattform", "partner", "insats", "budget")
                .whereLayer("slutrapport").mayOnlyAccessLayers("plattform", "partner", "insats")
                .whereLayer("datapaket").mayOnlyAccessLayers("plattform", "partner", "insats", "kvartalsrapport", "budget",
                        "deltagare", "avvikelse", "slutrapport")
                .whereLayer("pm").mayOnlyAccessLayers("plattform", "partner", "insats", "kvartalsrapport", "budget",
                        "deltagare", "sus", "avvikelse", "slutrapport")
                // the top: the PM reaches the library only through the reports module's port PmLayouter
                // and tells it what it rendered by the CDI event PmRenderad
                .whereLayer("layout").mayOnlyAccessLayers("plattform", "pm")
                .whereLayer("layout").mayNotBeAccessedByAnyLayer()
                // the intranet widget's to-do reads the start page's lists through their components' boundaries
                .whereLayer("attgora").mayOnlyAccessLayers("plattform", "partner", "insats", "kvartalsrapport", "budget",
                        "avvikelse")
                .whereLayer("attgora").mayNotBeAccessedByAnyLayer()
                .check(classes);
    }

    /**
     * One exception: an entity guards its invariants by throwing the kernel's
     * {@link UppfoljningException} (with an entry of its component's catalogue, which sits in the
     * component's root package). The exception lives in plattform.control, otherwise off limits to
     * entities; it is a plain unchecked exception with no access to anything an entity could misuse,
     * and moving it would touch every class that throws or maps it.
     */
    @Test
    void entitiesDependOnNoBoundaryControlRestOrWeb() {
        DescribedPredicate<JavaClass> kernelException = belongToAnyOf(UppfoljningException.class);
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat(resideInAnyPackage("..boundary..", "..control..", "..rest..", "..web..")
                        .and(not(kernelException)))
                .check(classes);
    }

    /**
     * Every refusal carries an entry of its component's catalogue ({@link Felkod}); the constructors
     * and factories taking a bare code string are deprecated and left for tests only.
     */
    @Test
    void refusalsUseTheCatalogues() {
        noClasses().that(not(belongToAnyOf(UppfoljningException.class)))
                .should().callCodeUnitWhere(DescribedPredicate.describe(
                        "a deprecated bare-code constructor or factory of UppfoljningException",
                        call -> call.getTargetOwner().isEquivalentTo(UppfoljningException.class)
                                && call.getTarget().isAnnotatedWith(Deprecated.class)))
                .because("every UppfoljningException carries an entry of its component's Felkod catalogue")
                .check(classes);
    }

    /** See {@link EntityRules#NO_CLASS_CONSTRUCTS_OR_QUERIES_ANOTHER_COMPONENTS_ENTITIES}; shown to bite in EntityRulesTest. */
    @Test
    void noClassConstructsOrQueriesAnotherComponentsEntities() {
        EntityRules.NO_CLASS_CONSTRUCTS_OR_QUERIES_ANOTHER_COMPONENTS_ENTITIES.check(classes);
    }

    /** See {@link EntityRules#PM_AND_DATAPAKET_IMPORT_NO_ENTITY_OF_ANOTHER_COMPONENT}; shown to bite in EntityRulesTest. */
    @Test
    void pmAndDatapaketImportNoEntityOfAnotherComponent() {
        EntityRules.PM_AND_DATAPAKET_IMPORT_NO_ENTITY_OF_ANOTHER_COMPONENT.check(classes);
    }

    @Test
    void onlyBoundariesAreTransactionalClasses() {
        noClasses().that().resideOutsideOfPackage("..boundary..")
                .should().beAnnotatedWith(Stateless.class)
                .orShould().beAnnotatedWith(Singleton.class)
                .orShould().beAnnotatedWith(Stateful.class)
                .orShould().beAnnotatedWith(Transactional.class)
                .orShould().beAnnotatedWith(TransactionAttribute.class)
                .check(classes);
    }

    @Test
    void onlyBoundariesHaveTransactionalMethods() {
        noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackage("..boundary..")
                .should().beAnnotatedWith(Transactional.class)
                .orShould().beAnnotatedWith(TransactionAttribute.class)
                .check(classes);
    }

    /**
     * Issue 18: no public boundary method takes a bare {@code long} insats id or an {@code int} year or
     * half-year; the rule, how it tells them apart and what it leaves out are in
     * {@link BoundaryParameterRule}, and {@link BoundaryParameterRuleTest} shows it failing on a class
     * that breaks it.
     */
    @Test
    void publicBoundaryMethodsTakeNoBareIdsOrPeriods() {
        BoundaryParameterRule.PUBLIC_BOUNDARY_METHODS_TAKE_NO_BARE_IDS_OR_PERIODS.check(classes);
    }
}
