package se.finsam.uppfoljning.plattform.rest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/access.md's table "Every operation" lists every operation of the API — the operations the
 * OpenAPI document is written from (the resource classes, {@link ApiResources}) — each with the roles
 * that AccessMatrixIT proves get through (an expected status other than 401 and 403 for one of the
 * role's callers; a 404 for another partner's object still lets the role in). The matrix's rows are
 * read from AccessMatrixIT itself (its static table), so the document cannot drift from what the
 * integration test checks against the running application. When it fails, the table as it should be
 * is in {@code target/access-operations.md}.
 */
class AccessDocTest {

    private static final Path DOC = Path.of("..", "docs", "access.md");
    private static final Pattern RAD = Pattern.compile("^\\| `(GET|POST|PUT|DELETE)` \\| `([^`]+)` \\| ([^|]*) \\|\\s*$");

    /** AccessMatrixIT's callers by the role they hold (own and other partner, own and other förbund alike). */
    private static final Map<String, String> ROLL = Map.ofEntries(Map.entry("KANSLI", "kansli"),
            Map.entry("KANSLI_ANNAT_FORBUND", "kansli"), Map.entry("FORBUNDSCHEF", "förbundschef"),
            Map.entry("STYRELSE", "styrelse"), Map.entry("RAPPORTDESIGNER", "rapportdesigner"),
            Map.entry("SYSTEMADMIN", "systemadmin"), Map.entry("PARTNERADMIN", "partneradmin"),
            Map.entry("RAPPORTOR_EGEN", "rapportör"), Map.entry("RAPPORTOR_ANNAN_PARTNER", "rapportör"),
            Map.entry("STYRGRUPP_EGEN", "styrgrupp"), Map.entry("STYRGRUPP_ANNAN", "styrgrupp"),
            Map.entry("UTAN_ROLL", "inloggad utan roll"));
    private static final List<String> ORDNING = List.of("kansli", "förbundschef", "styrelse", "rapportdesigner",
            "systemadmin", "partneradmin", "rapportör", "styrgrupp", "inloggad utan roll");

    @Test
    void theDocumentListsEveryOperationWithTheRolesAccessMatrixItProves() throws Exception {
        Map<String, String> bevisat = bevisadeRoller();
        Set<String> api = new TreeSet<>();
        for (Class<?> resource : ApiResources.find(AccessDocTest.class.getClassLoader())) {
            for (Method method : resource.getMethods()) {
                String verb = OpenApiDocument.httpMethod(method);
                if (verb != null) {
                    api.add(verb + " /api" + OpenApiDocument.path(resource, method));
                }
            }
        }
        assertThat(bevisat.keySet()).as("AccessMatrixIT has a row for every operation of the API").isEqualTo(api);

        StringBuilder tabell = new StringBuilder("| method | operation | roles let in (AccessMatrixIT) |\n|---|---|---|\n");
        bevisat.forEach((op, roller) -> {
            String[] delar = op.split(" ", 2);
            tabell.append("| `").append(delar[0]).append("` | `").append(delar[1]).append("` | ").append(roller).append(" |\n");
        });
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "access-operations.md"), tabell);

        Map<String, String> dokumenterat = dokumenterat();
        assertThat(dokumenterat).as("docs/access.md, table \"Every operation\" (the right one: target/access-operations.md)")
                .isEqualTo(bevisat);
    }

    /** Operation ("GET /api/…") → the roles AccessMatrixIT lets in, in the document's order; "–" for none. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> bevisadeRoller() throws Exception {
        Class<?> matris = Class.forName("se.finsam.uppfoljning.behorighet.AccessMatrixIT");
        Field falt = matris.getDeclaredField("MATRIX");
        falt.setAccessible(true);
        Map<Object, Map<Enum<?>, Integer>> rader = (Map<Object, Map<Enum<?>, Integer>>) falt.get(null);
        Map<String, String> svar = new TreeMap<>();
        for (Map.Entry<Object, Map<Enum<?>, Integer>> rad : rader.entrySet()) {
            Set<String> roller = new TreeSet<>((a, b) -> Integer.compare(ORDNING.indexOf(a), ORDNING.indexOf(b)));
            rad.getValue().forEach((vem, status) -> {
                if (status != 401 && status != 403 && ROLL.containsKey(vem.name())) {
                    roller.add(ROLL.get(vem.name()));
                }
            });
            svar.put(komponent(rad.getKey(), "method") + " " + komponent(rad.getKey(), "template"),
                    roller.isEmpty() ? "–" : String.join(", ", roller));
        }
        return svar;
    }

    private static String komponent(Object record, String namn) throws Exception {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(namn)) {
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                return String.valueOf(accessor.invoke(record));
            }
        }
        throw new IllegalStateException("AccessMatrixIT.Endpoint has no " + namn);
    }

    private static Map<String, String> dokumenterat() throws IOException {
        Map<String, String> svar = new TreeMap<>();
        List<String> dubbletter = new ArrayList<>();
        for (String line : Files.readAllLines(DOC)) {
            Matcher m = RAD.matcher(line);
            if (m.matches() && svar.put(m.group(1) + " " + m.group(2), m.group(3).strip()) != null) {
                dubbletter.add(line);
            }
        }
        assertThat(dubbletter).as("operations listed twice in docs/access.md").isEmpty();
        return svar;
    }
}
