package se.finsam.uppfoljning;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.Oversattning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error catalogues: every enum implementing {@link Felkod} in the application (found by
 * scanning, so a new component's catalogue is checked without being listed here), against each
 * other and against docs/felkoder.md.
 */
class FelkoderTest {

    private static final Pattern CODE = Pattern.compile("([A-Z]{2,3})-\\d{3}");
    private static final Path DOC = Path.of("..", "docs", "felkoder.md");

    private static List<Class<? extends Felkod>> catalogues;
    private static List<Felkod> entries;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void findCatalogues() {
        catalogues = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.finsam.uppfoljning..").stream()
                .filter(c -> c.isAssignableTo(Felkod.class) && c.isEnum())
                .map(JavaClass::reflect).<Class<? extends Felkod>>map(c -> (Class<? extends Felkod>) c)
                .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
        entries = catalogues.stream().<Felkod>flatMap(c -> Arrays.stream(c.getEnumConstants())).toList();
    }

    @Test
    void everyComponentHasItsCatalogue() {
        assertThat(catalogues).extracting(Class::getSimpleName).contains("PlattformFel", "PartnerFel", "InsatsFel",
                "KvartalsrapportFel", "BehorighetFel", "DatapaketFel", "PmFel", "DeltagareFel", "SusFel");
    }

    /**
     * A catalogue that moved out of its component with its codes keeps their prefix, because a code is
     * never renumbered (clients and the office know it): the SUS import's {@code SusFel} kept the
     * DEL-100..199 it had in deltagare. Such a pair shares its prefix with nobody else.
     */
    private static final Map<String, String> KEEPS_PREFIX_OF = Map.of("SusFel", "DeltagareFel");

    @Test
    void codesAreWellFormedWithOnePrefixPerCatalogue() {
        Map<String, String> prefixOwner = new HashMap<>();
        for (Class<? extends Felkod> catalogue : catalogues) {
            Set<String> prefixes = new HashSet<>();
            for (Felkod f : catalogue.getEnumConstants()) {
                Matcher m = CODE.matcher(f.code());
                assertThat(m.matches()).as("%s.%s: %s", catalogue.getSimpleName(), f, f.code()).isTrue();
                prefixes.add(m.group(1));
                assertThat(f.kind()).as(f.code()).isNotNull();
                assertThat(f.template()).as(f.code()).isNotBlank();
            }
            assertThat(prefixes).as(catalogue.getSimpleName() + " uses one prefix").hasSize(1);
            String owner = KEEPS_PREFIX_OF.getOrDefault(catalogue.getSimpleName(), catalogue.getSimpleName());
            String other = prefixOwner.put(prefixes.iterator().next(), owner);
            assertThat(other == null || other.equals(owner)).as("prefix of " + catalogue.getSimpleName() + " also used by " + other)
                    .isTrue();
        }
    }

    /** The moved catalogue holds exactly the numbers it took along; its origin hands none of them out again. */
    @Test
    void aMovedCatalogueKeepsItsOwnNumbers() {
        Map<String, List<String>> codes = entries.stream().collect(Collectors.groupingBy(f -> f.getClass().getSimpleName(),
                Collectors.mapping(Felkod::code, Collectors.toList())));
        assertThat(codes.get("SusFel")).isNotEmpty().allMatch(c -> c.matches("DEL-1\\d\\d"));
        assertThat(codes.get("DeltagareFel")).isNotEmpty().noneMatch(c -> c.matches("DEL-1\\d\\d"));
    }

    @Test
    void aCodeMeansOneThing() {
        Map<String, List<String>> byCode = entries.stream().collect(Collectors.groupingBy(Felkod::code,
                Collectors.mapping(f -> f.getClass().getSimpleName() + "." + f, Collectors.toList())));
        assertThat(byCode.values()).allSatisfy(names -> assertThat(names).as("one entry per code").hasSize(1));
    }

    /** The platform's gate and mapper will answer with these (see ExceptionMappers, AccessFilter). */
    @Test
    void thePlatformsOwnAnswersAreInItsCatalogue() {
        assertThat(PlattformFel.INTE_INLOGGAD.code()).isEqualTo("PLT-401");
        assertThat(PlattformFel.INTE_INLOGGAD.kind().status()).isEqualTo(401);
        assertThat(PlattformFel.ROLL_TILLATER_INTE.code()).isEqualTo("PLT-403");
        assertThat(PlattformFel.ROLL_TILLATER_INTE.kind().status()).isEqualTo(403);
    }

    @Test
    void theDocumentListsEveryEntryWithItsStatusAndMessage() throws IOException {
        String doc = Files.readString(DOC);
        List<String> missing = new ArrayList<>();
        for (Felkod f : entries) {
            if (!doc.contains(row(f))) {
                missing.add(row(f));
            }
        }
        assertThat(missing).as("rows to put into " + DOC + " (or correct there)").isEmpty();
    }

    @Test
    void theDocumentListsNoCodeThatIsNotInACatalogueOrRetired() throws IOException {
        Set<String> known = entries.stream().map(Felkod::code).collect(Collectors.toSet());
        Set<String> retired = retired();
        List<String> unknown = Files.readAllLines(DOC).stream().filter(l -> l.startsWith("| `"))
                .map(l -> l.substring(3, l.indexOf('`', 3)))
                .filter(c -> !known.contains(c) && !retired.contains(c)).toList();
        assertThat(unknown).isEmpty();
    }

    /** A retired code is never handed out again, not even by another catalogue. */
    @Test
    void noRetiredCodeIsReused() throws IOException {
        Set<String> retired = retired();
        assertThat(retired).isNotEmpty();
        assertThat(entries).extracting(Felkod::code).doesNotContainAnyElementsOf(retired);
    }

    private static Set<String> retired() throws IOException {
        String doc = Files.readString(DOC);
        String section = doc.substring(doc.indexOf("## Retired codes"));
        return Files.readAllLines(DOC).stream().filter(l -> l.startsWith("| `") && section.contains(l))
                .map(l -> l.substring(3, l.indexOf('`', 3))).collect(Collectors.toSet());
    }

    /** Swedish names the English keeps on purpose (docs/glossary.md): "samordningsförbund". */
    private static final Pattern SVENSKT_NAMN = Pattern.compile("samordningsförbund");
    private static final Pattern PLATS = Pattern.compile("\\{\\d+}");

    /**
     * Each entry's English (Felkoder_en.properties) has the same {n} places as its Swedish, so the
     * arguments read out of a Swedish message all find their place; and it is English: no å/ä/ö but
     * in a Swedish name kept on purpose. The bundle holds no code that is not in a catalogue.
     */
    @Test
    void everyEntryHasEnglishWithTheSamePlaces() {
        List<String> problems = new ArrayList<>();
        for (Felkod f : entries) {
            Optional<String> en = Oversattning.engelskMall(f);
            if (en.isEmpty()) {
                problems.add(f.code() + " has no English");
            } else if (!platser(en.get()).equals(platser(f.template()))) {
                problems.add(f.code() + " has other places in English: " + en.get());
            } else if (SVENSKT_NAMN.matcher(en.get()).replaceAll("").matches("(?s).*[åäöÅÄÖ].*")) {
                problems.add(f.code() + " is not English: " + en.get());
            }
        }
        assertThat(problems).isEmpty();
        Set<String> codes = entries.stream().map(Felkod::code).collect(Collectors.toSet());
        assertThat(ResourceBundle.getBundle("se.finsam.uppfoljning.plattform.Felkoder", java.util.Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet())
                .as("codes with English but no catalogue entry").isSubsetOf(codes);
    }

    /** The {n} places of a template, in order of number (a template may use them in any order). */
    private static List<String> platser(String text) {
        return PLATS.matcher(text).results().map(MatchResult::group).sorted().toList();
    }

    static String row(Felkod f) {
        return "| `" + f.code() + "` | " + f.kind().status() + " | " + f.template() + " |";
    }
}
