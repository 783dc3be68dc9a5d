package se.finsam.uppfoljning;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Locale;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * The rule that boundaries speak in the kernel's value types ({@code InsatsId}, {@code Ar},
 * {@code Halvar}, {@code Rapportperiod}) instead of bare numbers. Stated on parameter <em>names</em>,
 * because that is what tells an insats id from a version or a row count, both also {@code long}:
 * the build compiles with {@code -parameters} (the parent pom's compiler configuration), and a
 * boundary method whose names were not compiled in is itself a violation, so the rule cannot pass
 * by seeing nothing. A public method (static ones too) of a class in a {@code ..boundary..} package
 * may not take
 * <ul>
 *   <li>a {@code long}/{@code Long} whose name starts with {@code insats} ({@code insatsId}), nor, in
 *       the {@code insats} component's own boundary, one named {@code id};</li>
 *   <li>an {@code int}/{@code Integer} named {@code ar} or {@code halvar}: a year is an {@code Ar}, a
 *       year with its half-year a {@code Halvar}, a year with its quarter a {@code Rapportperiod}.</li>
 * </ul>
 * Not covered, on purpose: constructors (the DTO records of a boundary keep primitive components,
 * which are the JSON the API answers with), other components' own ids ({@code long id} of an
 * avvikelse), and a quarter or a starting quarter on its own ({@code int franKvartal}).
 */
final class BoundaryParameterRule {

    static final ArchRule PUBLIC_BOUNDARY_METHODS_TAKE_NO_BARE_IDS_OR_PERIODS = methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat().resideInAPackage("..boundary..")
            .should(takeNoBareIdsOrPeriods())
            .because("a boundary takes InsatsId, Ar, Halvar and Rapportperiod, so that the range and the meaning "
                    + "of an id or a period is checked once, where it enters (issue 18)");

    private static final Set<Class<?>> LONGS = Set.of(long.class, Long.class);
    private static final Set<Class<?>> INTS = Set.of(int.class, Integer.class);
    private static final Set<String> PERIODER = Set.of("ar", "halvar");

    private BoundaryParameterRule() {
    }

    private static ArchCondition<JavaMethod> takeNoBareIdsOrPeriods() {
        return new ArchCondition<>("take no bare long insats id and no int year or half-year") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Method m = method.reflect();
                if (m.isSynthetic() || m.isBridge()) {
                    return;
                }
                boolean insatsBoundary = method.getOwner().getPackageName().endsWith(".insats.boundary");
                for (Parameter p : m.getParameters()) {
                    String fel = fel(p, insatsBoundary);
                    if (fel != null) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " " + fel));
                    }
                }
            }
        };
    }

    private static String fel(Parameter p, boolean insatsBoundary) {
        if (!p.isNamePresent()) {
            return "was compiled without parameter names (-parameters), so its parameters cannot be checked";
        }
        String namn = p.getName();
        Class<?> typ = p.getType();
        if (LONGS.contains(typ) && (namn.toLowerCase(Locale.ROOT).startsWith("insats") || insatsBoundary && namn.equals("id"))) {
            return "takes the insats id '" + namn + "' as a bare " + typ.getSimpleName() + " (use InsatsId)";
        }
        if (INTS.contains(typ) && PERIODER.contains(namn)) {
            return "takes '" + namn + "' as a bare " + typ.getSimpleName() + " (use Ar, Halvar or Rapportperiod)";
        }
        return null;
    }
}
