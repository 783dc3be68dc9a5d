package se.finsam.uppfoljning;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;

import java.util.Optional;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Who may write and query a component's entities: the component itself. Another component asks
 * its boundary, which takes and returns DTOs (issue 18, decision 0026). A component is the
 * top-level package under se.finsam.uppfoljning; plattform's entity package holds the kernel's value
 * types (Halvar, InsatsId, Rapportperiod ...) that every component may make.
 */
final class EntityRules {

    static final String ROOT = "se.finsam.uppfoljning";
    private static final String KERNEL = "plattform";

    /**
     * The one exception to "constructs": deltagare's participant figures ({@code Deltagarsiffror} and
     * its {@code Antal}) are immutable values, not rows with an identity, and they are the input type
     * of deltagare's own batch boundary ({@code Deltagarinlasning}), which the SUS import (component
     * sus) fills from a decoded file. They live in deltagare.entity because the statistics entity embeds
     * them. Named one by one so that no other value slips through.
     */
    private static final java.util.Set<String> VALUES_OF_THE_OWNERS_INPUT = java.util.Set.of(
            ROOT + ".deltagare.entity.Deltagarsiffror", ROOT + ".deltagare.entity.Deltagarsiffror$Malgrupp",
            ROOT + ".deltagare.entity.Antal");

    /**
     * No class constructs an object of another component's entity package (entities, their owned
     * rows and embeddables), reads a static field of another component's {@code @Entity} (its
     * named-query names: the query belongs to the owner) or hands another component's
     * {@code @Entity} class to an EntityManager ({@code em.find(Insats.class, id)}, typed queries).
     */
    static final ArchRule NO_CLASS_CONSTRUCTS_OR_QUERIES_ANOTHER_COMPONENTS_ENTITIES =
            classes().that(resideInAPackage(ROOT + ".."))
                    .should(new ArchCondition<JavaClass>("construct or query only their own component's entities") {
                        @Override
                        public void check(JavaClass origin, ConditionEvents events) {
                            origin.getConstructorCallsFromSelf().stream()
                                    .filter(call -> isAnotherComponentsEntityPackage(origin, call.getTargetOwner())
                                            && !VALUES_OF_THE_OWNERS_INPUT.contains(call.getTargetOwner().getName()))
                                    .forEach(call -> violated(events, origin, call, "constructs"));
                            origin.getFieldAccessesFromSelf().stream()
                                    .filter(access -> isAnotherComponentsEntity(origin, access.getTargetOwner())
                                            && access.getTarget().resolveMember()
                                            .map(f -> f.getModifiers().contains(JavaModifier.STATIC)).orElse(true))
                                    .forEach(access -> violated(events, origin, access, "reads the named query of"));
                            origin.getReferencedClassObjects().stream()
                                    .filter(ref -> isAnotherComponentsEntity(origin, ref.getRawType()))
                                    .forEach(ref -> events.add(SimpleConditionEvent.violated(origin, origin.getName()
                                            + " queries the entity " + ref.getRawType().getName() + " of another component in "
                                            + ref.getSourceCodeLocation())));
                        }
                    })
                    .because("a component's entities are written and queried only by that component; "
                            + "another component asks its boundary (issue 18)");

    /**
     * The PM and the data package read and write the components below them through their
     * boundaries' DTOs only: neither names a class of another component's entity package (the
     * kernel's value types in plattform.entity excepted).
     */
    static final ArchRule PM_AND_DATAPAKET_IMPORT_NO_ENTITY_OF_ANOTHER_COMPONENT =
            noClasses().that(resideInAnyPackage(ROOT + ".pm..", ROOT + ".datapaket.."))
                    .should().dependOnClassesThat(resideInAPackage(ROOT + "..entity..")
                            .and(not(resideInAnyPackage(ROOT + ".pm..", ROOT + ".datapaket..", ROOT + "." + KERNEL + ".."))))
                    .because("the PM composes its boundaries' DTOs and the data package orchestrates the "
                            + "components' own imports (issue 18)");

    private EntityRules() {
    }

    private static void violated(ConditionEvents events, JavaClass origin, JavaAccess<?> access, String what) {
        events.add(SimpleConditionEvent.violated(origin, origin.getName() + " " + what + " "
                + access.getTargetOwner().getName() + " of another component in " + access.getSourceCodeLocation()));
    }

    static Optional<String> component(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean isEntityPackage(JavaClass c) {
        return c.getPackageName().contains(".entity");
    }

    private static boolean isAnotherComponentsEntityPackage(JavaClass origin, JavaClass target) {
        Optional<String> owner = component(target);
        return isEntityPackage(target) && owner.isPresent() && !owner.get().equals(KERNEL)
                && !owner.equals(component(origin));
    }

    private static boolean isAnotherComponentsEntity(JavaClass origin, JavaClass target) {
        return isAnotherComponentsEntityPackage(origin, target) && ENTITY.test(target);
    }

    private static final DescribedPredicate<JavaClass> ENTITY =
            DescribedPredicate.describe("an @Entity", c -> c.isAnnotatedWith(Entity.class));
}
