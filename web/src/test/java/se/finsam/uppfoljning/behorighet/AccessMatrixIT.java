package se.finsam.uppfoljning.behorighet;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the API × every role × own/other partner × own/other förbund, with the status
 * each must get, against the real Keycloak and the demo data. "Own" is Håbo kommun's insats
 * Framsteget 2.0 in Samordningsförbundet Uppsala län; "other partner" is Enköping's rapportör and
 * Arbetsförmedlingen's steering-group member, who are not on it; "other förbund" is the office of a
 * second förbund. A 200 for anyone outside Håbo's insats must not contain it (no leaks). Writes are
 * sent with a stale version or a duplicate, so an allowed caller gets 409 and nothing changes.
 * The test fails if the API has an endpoint without rows here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    /** Who calls: user name (null = no token) and what they are relative to the Håbo insats. */
    enum Who {
        ANONYM(null), KANSLI("kansli"), KANSLI_ANNAT_FORBUND("annat.kansli"), FORBUNDSCHEF("forbundschef"),
        STYRELSE("styrelse"), RAPPORTDESIGNER("rapportdesigner"), SYSTEMADMIN("systemadmin"),
        PARTNERADMIN("habo.admin"), RAPPORTOR_EGEN("habo.rapportor"), RAPPORTOR_ANNAN_PARTNER("enkoping.rapportor"),
        STYRGRUPP_EGEN("region.styrgrupp"), STYRGRUPP_ANNAN("af.styrgrupp"), UTAN_ROLL("utan.roll");

        final String user;

        Who(String user) {
            this.user = user;
        }

        /** Callers that must never see the Håbo insats in a list or export. */
        boolean outsider() {
            return this == KANSLI_ANNAT_FORBUND || this == RAPPORTOR_ANNAN_PARTNER || this == STYRGRUPP_ANNAN;
        }
    }

    record Endpoint(String method, String template) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private static final Map<Endpoint, Map<Who, Integer>> MATRIX = new LinkedHashMap<>();
    private static final Map<Endpoint, String> BODIES = new HashMap<>();
    private static final String LEAK_MARKER = "Framsteget";

    private static void row(String method, String template, String body, Object... whoAndStatus) {
        Endpoint e = new Endpoint(method, template);
        Map<Who, Integer> expected = new LinkedHashMap<>();
        expected.put(Who.ANONYM, 401);
        for (Who w : Who.values()) {
            if (w != Who.ANONYM) {
                expected.put(w, 403);
            }
        }
        for (int i = 0; i < whoAndStatus.length; i += 2) {
            expected.put((Who) whoAndStatus[i], (Integer) whoAndStatus[i + 1]);
        }
        MATRIX.put(e, expected);
        if (body != null) {
            BODIES.put(e, body);
        }
    }

    static {
        Object[] everyone = {Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200, Who.FORBUNDSCHEF, 200, Who.STYRELSE, 200,
                Who.RAPPORTDESIGNER, 200, Who.SYSTEMADMIN, 200, Who.PARTNERADMIN, 200, Who.RAPPORTOR_EGEN, 200,
                Who.RAPPORTOR_ANNAN_PARTNER, 200, Who.STYRGRUPP_EGEN, 200, Who.STYRGRUPP_ANNAN, 200};
        row("GET", "/api/mig", null, everyone);
        row("GET", "/api/att-gora", null, everyone);
        Object[] signedIn = new Object[everyone.length + 2];
        System.arraycopy(everyone, 0, signedIn, 0, everyone.length);
        signedIn[everyone.length] = Who.UTAN_ROLL;
        signedIn[everyone.length + 1] = 200;
        row("GET", "/api/ping", null, signedIn);
        row("GET", "/api/partners", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200, Who.FORBUNDSCHEF, 200,
                Who.STYRELSE, 200, Who.SYSTEMADMIN, 200);
        row("POST", "/api/partners", "{\"organisation\":\"habo\",\"namn\":\"Håbo kommun\",\"typ\":\"KOMMUN\"}",
                Who.SYSTEMADMIN, 409);
        row("POST", "/api/system/organisationer",
                "{\"alias\":\"habo\",\"namn\":\"Håbo kommun\",\"typ\":\"KOMMUN\",\"doman\":\"habo.se\"}", Who.SYSTEMADMIN, 409);
        row("PUT", "/api/system/anvandare/{userId}/roller/{roll}", "", Who.SYSTEMADMIN, 404);
        // the system administrator sets förbund up: the existing förbund and organisation are conflicts,
        // an invitation without a valid address is refused and an unknown person is not found, so nothing is written
        row("GET", "/api/system/forbund", null, Who.SYSTEMADMIN, 200);
        row("POST", "/api/system/forbund", "{\"forbund\":{\"kod\":\"uppsala-lan\",\"namn\":\"X\",\"kansli\":\"kansliet\"},"
                + "\"doman\":\"samordningsforbundet-uppsala.se\"}", Who.SYSTEMADMIN, 409);
        row("GET", "/api/system/forbund/{forbund}/organisationer", null, Who.SYSTEMADMIN, 200);
        row("POST", "/api/system/forbund/{forbund}/organisationer",
                "{\"alias\":\"habo\",\"namn\":\"Håbo kommun\",\"typ\":\"KOMMUN\",\"doman\":\"habo.se\"}", Who.SYSTEMADMIN, 409);
        row("POST", "/api/system/forbund/{forbund}/inbjudningar",
                "{\"organisation\":\"habo\",\"email\":\"inte-en-adress\",\"fornamn\":\"A\",\"efternamn\":\"B\"}",
                Who.SYSTEMADMIN, 400);
        row("GET", "/api/system/anvandare", null, Who.SYSTEMADMIN, 200);
        row("PUT", "/api/system/forbund/{forbund}/anvandare/{userId}/roller/{roll}", "", Who.SYSTEMADMIN, 404);
        row("DELETE", "/api/system/anvandare/{userId}/roller/{roll}", null, Who.SYSTEMADMIN, 404);
        row("GET", "/api/personer", null, Who.PARTNERADMIN, 200);
        row("POST", "/api/personer", "{\"email\":\"inte-en-adress\",\"fornamn\":\"A\",\"efternamn\":\"B\"}",
                Who.PARTNERADMIN, 400);
        row("PUT", "/api/personer/{userId}/roller/{roll}", "", Who.PARTNERADMIN, 403);
        row("DELETE", "/api/personer/{userId}/roller/{roll}", null, Who.PARTNERADMIN, 403);
        row("PUT", "/api/personer/{userId}/insatser/{insatsId}", "", Who.PARTNERADMIN, 403);
        row("GET", "/api/insatser", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200, Who.FORBUNDSCHEF, 200,
                Who.STYRELSE, 200, Who.RAPPORTOR_EGEN, 200, Who.RAPPORTOR_ANNAN_PARTNER, 200, Who.STYRGRUPP_EGEN, 200,
                Who.STYRGRUPP_ANNAN, 200);
        row("GET", "/api/insatser/{id}", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 404, Who.FORBUNDSCHEF, 200,
                Who.STYRELSE, 200, Who.RAPPORTOR_EGEN, 200, Who.RAPPORTOR_ANNAN_PARTNER, 404, Who.STYRGRUPP_EGEN, 200,
                Who.STYRGRUPP_ANNAN, 404);
        row("GET", "/api/insatser/{id}/historik", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 404,
                Who.FORBUNDSCHEF, 200);
        // the register is the office's (issue 19): an owner that is no partner of the förbund, or a stale
        // version, so the office gets 409 and nothing is written; another förbund's office never finds the insats
        String insats = "\"namn\":\"Håbo, Framsteget 2.0\",\"kortnamn\":\"Framsteget\",\"typ\":\"INDIVIDINSATS\","
                + "\"start\":\"2022-01-01\",\"slut\":\"2022-12-31\"";
        row("POST", "/api/insatser", "{" + insats + ",\"agare\":\"finns-inte\"}", Who.KANSLI, 409, Who.KANSLI_ANNAT_FORBUND, 409);
        row("PUT", "/api/insatser/{id}", "{\"version\":999999," + insats + ",\"agare\":\"habo\"}", Who.KANSLI, 409,
                Who.KANSLI_ANNAT_FORBUND, 404);
        row("POST", "/api/insatser/{id}/forlangningar", "{\"version\":999999,\"slut\":\"2030-12-31\",\"beslutsdatum\":\"2022-10-01\"}",
                Who.KANSLI, 409, Who.KANSLI_ANNAT_FORBUND, 404);
        row("POST", "/api/insatser/{id}/avslut", "{\"version\":999999}", Who.KANSLI, 409, Who.KANSLI_ANNAT_FORBUND, 404);
        String rapport = "/api/insatser/{insatsId}/kvartalsrapporter/{ar}/{kvartal}";
        row("GET", rapport, null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 404, Who.FORBUNDSCHEF, 200,
                Who.RAPPORTOR_EGEN, 200, Who.RAPPORTOR_ANNAN_PARTNER, 404, Who.STYRGRUPP_EGEN, 200, Who.STYRGRUPP_ANNAN, 404);
        row("PUT", rapport, "{\"version\":0}", Who.RAPPORTOR_EGEN, 409, Who.RAPPORTOR_ANNAN_PARTNER, 404);
        row("POST", rapport + "/inskick", "{\"version\":0}", Who.RAPPORTOR_EGEN, 409, Who.RAPPORTOR_ANNAN_PARTNER, 404);
        row("POST", rapport + "/retur", "{\"version\":0,\"ovrigt\":\"x\"}", Who.KANSLI, 409, Who.KANSLI_ANNAT_FORBUND, 404);
        row("POST", rapport + "/godkannande", "{\"version\":0}", Who.KANSLI, 409, Who.KANSLI_ANNAT_FORBUND, 404);
        row("POST", rapport + "/upplasning", "{\"version\":0}", Who.KANSLI, 409, Who.KANSLI_ANNAT_FORBUND, 404);
        row("GET", rapport + "/historik", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 404, Who.FORBUNDSCHEF, 200);
        row("GET", "/api/kvartal/{ar}/{kvartal}", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200, Who.FORBUNDSCHEF, 200);
        row("POST", "/api/paminnelser/{datum}", "", Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200);
        // a day long past: the run finds no report due and sends nothing (once; a second call answers kord=false)
        row("POST", "/api/paminnelser/{datum}/morgonkorning", "", Who.SYSTEMADMIN, 200);
        row("GET", "/api/fragebatterier/{ar}", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200, Who.FORBUNDSCHEF, 200,
                Who.STYRELSE, 200, Who.RAPPORTOR_EGEN, 200, Who.RAPPORTOR_ANNAN_PARTNER, 200, Who.STYRGRUPP_EGEN, 200,
                Who.STYRGRUPP_ANNAN, 200);
        // an answer type that differs from the question's: allowed callers get 409 and nothing changes
        row("PUT", "/api/fragebatterier/{ar}/{franKvartal}",
                "[{\"kod\":\"styrgruppsmoten\",\"rubrik\":\"x\",\"text\":\"x\",\"svarstyp\":\"OK_EJ_OK\",\"forklaringKravsVid\":[]}]",
                Who.KANSLI, 409, Who.KANSLI_ANNAT_FORBUND, 200);
        row("GET", "/api/arsbudgetar/{ar}", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200, Who.FORBUNDSCHEF, 200);
        // confirming no budgets writes nothing; only the office confirms
        row("PUT", "/api/arsbudgetar/{ar}", "{\"budgetar\":[]}", Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200);
        row("GET", "/api/mina-rapporter", null, Who.RAPPORTOR_EGEN, 200, Who.RAPPORTOR_ANNAN_PARTNER, 200);
        row("POST", "/api/datapaket",
                "{\"format\":\"uppfoljning-datapaket/1\",\"forbund\":\"uppsala-lan\",\"period\":{\"ar\":2022,\"halvar\":2},\"insatser\":[]}",
                Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 400);
        // the preview writes nothing; the other förbund's office is told the package is not its förbund's, in the preview
        row("POST", "/api/datapaket/forhandsgranskning",
                "{\"format\":\"uppfoljning-datapaket/1\",\"forbund\":\"uppsala-lan\",\"period\":{\"ar\":2022,\"halvar\":2},\"insatser\":[]}",
                Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200);
        row("GET", "/api/datapaket/{ar}/{halvar}", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200, Who.FORBUNDSCHEF, 200);
        // The PM rows read the H2 2022 PM, which no test freezes: the board reads only frozen PMs, so
        // for the board its tables and documents do not exist (404); the freezing rows read the H1 2021
        // PM that signIn() freezes for both förbund (see FROZEN_PM)
        Object[] pmReaders = {Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200, Who.FORBUNDSCHEF, 200, Who.STYRELSE, 404,
                Who.RAPPORTDESIGNER, 200};
        row("GET", "/api/pm/{ar}/{halvar}/insatser", null, pmReaders);
        row("GET", "/api/pm/{ar}/{halvar}/mal", null, pmReaders);
        row("GET", "/api/pm/{ar}/{halvar}/forutsattningar", null, pmReaders);
        row("GET", "/api/pm/{ar}/{halvar}/budget", null, pmReaders);
        String ekonomi = "/api/insatser/{insatsId}/ekonomi/{ar}";
        row("GET", ekonomi, null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 404, Who.FORBUNDSCHEF, 200,
                Who.RAPPORTOR_EGEN, 200, Who.RAPPORTOR_ANNAN_PARTNER, 404, Who.STYRGRUPP_EGEN, 200, Who.STYRGRUPP_ANNAN, 404);
        // a stale version: the demo budget exists, so the office gets 409 and nothing changes
        row("PUT", ekonomi + "/budget", "{\"version\":0,\"belopp\":1}", Who.KANSLI, 409, Who.KANSLI_ANNAT_FORBUND, 404);
        // the demo rekvisition for 2022 Q2 is approved: a new one for that quarter is refused
        String rekvisitioner = "/api/insatser/{insatsId}/rekvisitioner";
        row("POST", rekvisitioner, "{\"ar\":2022,\"kvartal\":2,\"belopp\":1}", Who.RAPPORTOR_EGEN, 409,
                Who.RAPPORTOR_ANNAN_PARTNER, 404);
        row("POST", rekvisitioner + "/{ar}/{kvartal}/godkannande", "{\"version\":0}", Who.KANSLI, 409,
                Who.KANSLI_ANNAT_FORBUND, 404);
        row("POST", rekvisitioner + "/{ar}/{kvartal}/retur", "{\"version\":0,\"kommentar\":\"x\"}", Who.KANSLI, 409,
                Who.KANSLI_ANNAT_FORBUND, 404);
        // participant statistics: an insats' own figures for its rapportör, steering group and the office; writes
        // with a stale version (Håbo's 2022 halvår 1 is in the demo data), so allowed callers get 409
        String statistik = "/api/insatser/{insatsId}/deltagarstatistik/{ar}/{halvar}";
        String nollor = "\"pagaendeStart\":{\"k\":0,\"m\":0},\"inregistrerade\":{\"k\":0,\"m\":0},"
                + "\"avslutade\":{\"k\":0,\"m\":0},\"avslutadeHelaPerioden\":{\"k\":0,\"m\":0},"
                + "\"pagaendeSlut\":{\"k\":0,\"m\":0},\"anonyma\":0,\"arbeteStudier\":{\"k\":0,\"m\":0}";
        row("GET", statistik, null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 404, Who.FORBUNDSCHEF, 200,
                Who.RAPPORTOR_EGEN, 200, Who.RAPPORTOR_ANNAN_PARTNER, 404, Who.STYRGRUPP_EGEN, 200, Who.STYRGRUPP_ANNAN, 404);
        row("PUT", statistik, "{\"version\":0," + nollor + "}", Who.KANSLI, 409, Who.KANSLI_ANNAT_FORBUND, 404,
                Who.RAPPORTOR_EGEN, 409, Who.RAPPORTOR_ANNAN_PARTNER, 404);
        row("POST", statistik + "/kontroll", "{" + nollor + "}", Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 404,
                Who.FORBUNDSCHEF, 200, Who.RAPPORTOR_EGEN, 200, Who.RAPPORTOR_ANNAN_PARTNER, 404, Who.STYRGRUPP_EGEN, 200,
                Who.STYRGRUPP_ANNAN, 404);
        // the tables hold the insatser the caller may see: the others' 200 must not contain Håbo's
        row("GET", "/api/statistik/{ar}/{halvar}/tabeller", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200,
                Who.FORBUNDSCHEF, 200, Who.RAPPORTOR_EGEN, 200, Who.RAPPORTOR_ANNAN_PARTNER, 200, Who.STYRGRUPP_EGEN, 200,
                Who.STYRGRUPP_ANNAN, 200);
        // deviations: a deviation of Håbo's insats, filed by its steering group and rejected in signIn()
        Object[] readsHabo = {Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 404, Who.FORBUNDSCHEF, 200, Who.RAPPORTOR_EGEN, 200,
                Who.RAPPORTOR_ANNAN_PARTNER, 404, Who.STYRGRUPP_EGEN, 200, Who.STYRGRUPP_ANNAN, 404};
        String insatsensAvvikelser = "/api/insatser/{insatsId}/avvikelser";
        row("GET", insatsensAvvikelser, null, readsHabo);
        // a budget year before the insats started: those who may file get 409 and nothing is written
        row("POST", insatsensAvvikelser, "{\"typ\":\"BUDGET\",\"beskrivning\":\"x\",\"ar\":2019}", Who.RAPPORTOR_EGEN, 409,
                Who.RAPPORTOR_ANNAN_PARTNER, 404, Who.STYRGRUPP_EGEN, 409, Who.STYRGRUPP_ANNAN, 404);
        row("GET", "/api/avvikelser/obeslutade", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200, Who.FORBUNDSCHEF, 200);
        row("GET", "/api/avvikelser/{avvikelseId}", null, readsHabo);
        row("GET", "/api/avvikelser/{avvikelseId}/historik", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 404,
                Who.FORBUNDSCHEF, 200);
        // already decided: only the förbundschef gets as far as the rule (409)
        row("POST", "/api/avvikelser/{avvikelseId}/beslut", "{\"utfall\":\"GODKAND\",\"motivering\":\"x\"}", Who.FORBUNDSCHEF, 409);
        // a final report of Håbo's insats, written in signIn(); a stale version gets 409 and nothing changes
        String slutrapport = "/api/insatser/{insatsId}/slutrapport";
        row("GET", slutrapport, null, readsHabo);
        row("PUT", slutrapport, "{\"version\":99,\"syfte\":\"x\",\"mal\":[{\"nummer\":1,\"utfall\":\"x\",\"uppnatt\":true}]}",
                Who.KANSLI, 409, Who.KANSLI_ANNAT_FORBUND, 404, Who.RAPPORTOR_EGEN, 409, Who.RAPPORTOR_ANNAN_PARTNER, 404);
        // the approved demo rekvisition of 2022 Q2 has no attachment; a body that is neither PDF nor XLSX is refused (400)
        row("PUT", rekvisitioner + "/{ar}/{kvartal}/bilaga", "inte en pdf", Who.RAPPORTOR_EGEN, 400, Who.RAPPORTOR_ANNAN_PARTNER, 404);
        row("GET", rekvisitioner + "/{ar}/{kvartal}/bilaga", null, Who.KANSLI, 404, Who.KANSLI_ANNAT_FORBUND, 404,
                Who.FORBUNDSCHEF, 404, Who.RAPPORTOR_EGEN, 404, Who.RAPPORTOR_ANNAN_PARTNER, 404, Who.STYRGRUPP_EGEN, 404,
                Who.STYRGRUPP_ANNAN, 404);
        // a draft's documents: the board is told there is no (frozen) PM
        Object[] pmDocument = {Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200, Who.FORBUNDSCHEF, 200, Who.STYRELSE, 404};
        row("GET", "/api/pm/{ar}/{halvar}/pdf", null, pmDocument);
        row("GET", "/api/pm/{ar}/{halvar}/docx", null, pmDocument);
        row("GET", "/api/pm/{ar}/{halvar}/xlsx", null, pmDocument);
        // Utveckling: the office and the förbundschef the whole förbund, a steering group its own insatser
        Object[] utveckling = {Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200, Who.FORBUNDSCHEF, 200,
                Who.STYRGRUPP_EGEN, 200, Who.STYRGRUPP_ANNAN, 200};
        row("GET", "/api/utveckling", null, utveckling);
        row("GET", "/api/utveckling/xlsx", null, utveckling);
        row("GET", "/api/pm/{ar}/{halvar}/texter", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200, Who.FORBUNDSCHEF, 200);
        // what the PM still lacks: a draft reader's list (each förbund's office its own)
        row("GET", "/api/pm/{ar}/{halvar}/luckor", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200, Who.FORBUNDSCHEF, 200);
        // a version nobody has: allowed writers get 409 and nothing is saved
        row("PUT", "/api/pm/{ar}/{halvar}/texter/{avsnitt}", "{\"text\":\"x\",\"version\":99}",
                Who.KANSLI, 409, Who.KANSLI_ANNAT_FORBUND, 409, Who.FORBUNDSCHEF, 409);
        // the SUS import is the office's: an upload without period is refused before anything is read,
        // an unknown preview is 404 (another förbund's too), nothing is written
        row("POST", "/api/sus-importer", "", Who.KANSLI, 400, Who.KANSLI_ANNAT_FORBUND, 400);
        row("GET", "/api/sus-importer", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200);
        row("GET", "/api/sus-importer/{id}", null, Who.KANSLI, 404, Who.KANSLI_ANNAT_FORBUND, 404);
        row("POST", "/api/sus-importer/{id}/genomforande", "", Who.KANSLI, 404, Who.KANSLI_ANNAT_FORBUND, 404);
        row("GET", "/api/sus-importer/mall", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200);
        // freezing, on the H1 2021 PM already frozen: the board reads its status, a second freeze is 409
        row("GET", "/api/pm/{ar}/{halvar}/status", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200,
                Who.FORBUNDSCHEF, 200, Who.STYRELSE, 200);
        row("POST", "/api/pm/{ar}/{halvar}/faststallande", "", Who.KANSLI, 409, Who.KANSLI_ANNAT_FORBUND, 409,
                Who.FORBUNDSCHEF, 409);
        row("GET", "/api/pm/{ar}/{halvar}/andringar", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200,
                Who.FORBUNDSCHEF, 200);
        // Håbo's Framsteget in the H2 2022 PM; the other förbund's PM has no such insats (404, nothing leaks)
        row("GET", "/api/pm/{ar}/{halvar}/proveniens/tabell4/{insatsId}", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 404,
                Who.FORBUNDSCHEF, 200);
        // table 6's column sums with their rows: the other förbund's PM reads its own (no rows of Håbo's förbund);
        // the board reads no drafts (403), as for table 4
        row("GET", "/api/pm/{ar}/{halvar}/proveniens/tabell6/{kolumn}", null, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200,
                Who.FORBUNDSCHEF, 200);
        // The layout library (issue 11): designers and the office read and preview, each förbund its own;
        // only designers check, upload and publish (an upload that is no layout: 400, nothing stored;
        // publishing the version already in force: 409, nothing changes)
        Object[] layoutReaders = {Who.RAPPORTDESIGNER, 200, Who.KANSLI, 200, Who.KANSLI_ANNAT_FORBUND, 200};
        row("GET", "/api/layouter", null, layoutReaders);
        row("GET", "/api/layouter/katalog", null, layoutReaders);
        row("GET", "/api/layouter/anvandning/{ar}/{halvar}", null, layoutReaders);
        row("GET", "/api/layouter/{namn}/versioner", null, layoutReaders);
        row("GET", "/api/layouter/{namn}/exempeldata", null, layoutReaders);
        row("GET", "/api/layouter/{namn}/jrxml", null, layoutReaders);
        row("GET", "/api/layouter/{namn}/versioner/{version}/jrxml", null, layoutReaders);
        row("GET", "/api/layouter/{namn}/versioner/{version}/forhandsgranskning", null, layoutReaders);
        row("POST", "/api/layouter/{namn}/granskning", "{\"jrxml\":\"<jasperReport/>\"}", Who.RAPPORTDESIGNER, 200);
        row("POST", "/api/layouter/{namn}/versioner", "{\"jrxml\":\"inte en layout\"}", Who.RAPPORTDESIGNER, 400);
        row("POST", "/api/layouter/{namn}/versioner/{version}/publicering", "", Who.RAPPORTDESIGNER, 409);
    }

    private static final Map<Who, String> TOKENS = new HashMap<>();
    private static long habo;
    private static long avvikelse;

    @BeforeAll
    static void signIn() {
        for (Who w : Who.values()) {
            if (w.user != null) {
                TOKENS.put(w, KeycloakTokens.accessToken(w.user));
            }
        }
        habo = Api.insatsId("habo-framsteget");
        Api.Reply filed = Api.post("/api/insatser/" + habo + "/avvikelser", TOKENS.get(Who.STYRGRUPP_EGEN),
                "{\"typ\":\"METOD\",\"beskrivning\":\"Metoden i Framsteget 2.0 har justerats.\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        avvikelse = filed.object().getJsonNumber("id").longValue();
        assertThat(Api.post("/api/avvikelser/" + avvikelse + "/beslut", TOKENS.get(Who.FORBUNDSCHEF),
                "{\"utfall\":\"AVSLAGEN\",\"motivering\":\"Metoden ska följa ansökan.\"}").status()).isEqualTo(200);
        String slut = "/api/insatser/" + habo + "/slutrapport";
        long version = Api.get(slut, TOKENS.get(Who.KANSLI)).status() == 200
                ? Api.get(slut, TOKENS.get(Who.KANSLI)).object().getJsonNumber("version").longValue() : 0;
        Api.Reply skriven = Api.put(slut, TOKENS.get(Who.KANSLI), "{\"version\":" + version + ",\"syfte\":\"Framsteget 2.0: stöd mot arbete.\","
                + "\"mal\":[{\"nummer\":1,\"utfall\":\"Uppnått.\",\"uppnatt\":true}]}");
        assertThat(skriven.status()).as(skriven.body()).isEqualTo(200);
        for (Who office : List.of(Who.KANSLI, Who.KANSLI_ANNAT_FORBUND)) {
            int status = Api.send("POST", "/api/pm/" + FROZEN_PM + "/faststallande", TOKENS.get(office), "").status();
            assertThat(status).as("freezing the H1 2021 PM as " + office).isIn(200, 409);
        }
    }

    /** The half-year of the freezing rows: frozen in signIn(), for each förbund. */
    private static final String FROZEN_PM = "2021/1";
    private static final Set<String> FROZEN_PM_ROWS = Set.of("/api/pm/{ar}/{halvar}/status",
            "/api/pm/{ar}/{halvar}/faststallande", "/api/pm/{ar}/{halvar}/andringar");

    private static String path(Endpoint e) {
        String template = e.template();
        if (FROZEN_PM_ROWS.contains(template)) {
            template = template.replace("{ar}/{halvar}", FROZEN_PM);
        } else if (template.startsWith("/api/pm/")) {
            template = template.replace("{ar}/{halvar}", "2022/2");
        }
        return template.replace("{id}", String.valueOf(habo)).replace("{insatsId}", String.valueOf(habo))
                .replace("{userId}", "okand-person").replace("{forbund}", "uppsala-lan").replace("{datum}", "2001-01-01").replace("{franKvartal}", "1").replace("{roll}", "rapportor")
                .replace("{avvikelseId}", String.valueOf(avvikelse)).replace("{ar}", "2022").replace("{kvartal}", "2").replace("{halvar}", "1").replace("{avsnitt}", "BAKGRUND")
                .replace("{namn}", "pm-tabell-5").replace("{version}", "1").replace("{kolumn}", "inregistrerade");
    }

    @Test
    void everyEndpointHasRows() throws Exception {
        assertThat(new TreeSet<>(endpointsOfTheApi())).isEqualTo(new TreeSet<>(
                MATRIX.keySet().stream().map(Endpoint::toString).collect(Collectors.toSet())));
    }

    @Test
    void everyRoleGetsExactlyTheExpectedStatusAndNothingLeaks() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Endpoint, Map<Who, Integer>> row : MATRIX.entrySet()) {
            Endpoint e = row.getKey();
            String path = path(e);
            for (Map.Entry<Who, Integer> cell : row.getValue().entrySet()) {
                Api.Reply reply = Api.send(e.method(), path, TOKENS.get(cell.getKey()), BODIES.get(e));
                checked++;
                if (reply.status() != cell.getValue()) {
                    failures.add(e + " as " + cell.getKey() + ": expected " + cell.getValue() + ", got " + reply.status()
                            + " " + abbreviate(reply.body()));
                } else if (reply.status() == 200 && cell.getKey().outsider() && reply.body().contains(LEAK_MARKER)) {
                    failures.add(e + " as " + cell.getKey() + ": LEAK, the answer contains " + LEAK_MARKER);
                }
            }
        }
        assertThat(failures).as("of " + checked + " cells").isEmpty();
    }

    /** The API's endpoints, found from the resource classes the build compiled. */
    static Set<String> endpointsOfTheApi() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path classes = java.nio.file.Path.of(Api.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        Set<String> endpoints = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                Path base = type.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                            : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                    if (verb == null) {
                        continue;
                    }
                    Path sub = m.getAnnotation(Path.class);
                    String path = ("/api/" + base.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
                    endpoints.add(verb + " " + (path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path));
                }
            }
        }
        return endpoints;
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
