package se.finsam.uppfoljning.plattform;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import se.finsam.uppfoljning.devstack.ItStack;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.KeycloakTokens;
import se.finsam.uppfoljning.it.Klusternoder;
import se.finsam.uppfoljning.it.Klusternoder.Nod;
import se.finsam.uppfoljning.it.Rapporter;
import se.finsam.uppfoljning.it.Samtidigt;
import se.finsam.uppfoljning.sus.SusExempel;
import se.finsam.uppfoljning.sus.control.SusMall;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the shipped WAR in one cluster on one database (docs/decisions/0031-cluster.md): what
 * one node writes the other reads at once, also through its query-results cache; optimistic locking
 * holds across nodes; a sign-in on one node is good on the other; the morning's reminders go once;
 * when one node stops under load the other keeps answering and no acknowledged write is lost.
 *
 * <p>The nodes start once for the class (two Payara starts are most of its time) and the tests run in
 * order: the last one stops node A.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int AR = 2022;
    private static Klusternoder kluster;
    private static Nod a;
    private static Nod b;
    private static long tierp;

    @BeforeAll
    static void start() throws Exception {
        kluster = Klusternoder.start(2);
        a = kluster.nod(0);
        b = kluster.nod(1);
        tierp = a.insatsId("tierp-ung-framtid");
    }

    @AfterAll
    static void stop() {
        if (kluster != null) {
            kluster.close();
        }
    }

    @Test
    @Order(1)
    void aSaveOnOneNodeIsReadOnTheOtherAtOnce() {
        String token = KeycloakTokens.accessToken("tierp.rapportor");
        String path = Rapporter.path(tierp, AR, 1);
        long version = utkast(path, token);
        List<String> stale = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Nod writer = i % 2 == 0 ? a : b;
            Nod reader = i % 2 == 0 ? b : a;
            Api.Reply saved = writer.put(path, token, "{\"version\":" + version + ",\"meddelande\":\"sparning " + i + "\"}");
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            version = Rapporter.version(saved.object());
            Api.Reply read = reader.get(path, token);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            if (!read.object().getString("meddelande").equals("sparning " + i) || Rapporter.version(read.object()) != version) {
                stale.add(i + ": " + read.object().getString("meddelande") + " v" + Rapporter.version(read.object()));
            }
        }
        assertThat(stale).as("stale reads").isEmpty();
    }

    @Test
    @Order(2)
    void fiftyConcurrentSavesOverBothNodesExactlyOneWins() throws Exception {
        String token = KeycloakTokens.accessToken("tierp.rapportor");
        String path = Rapporter.path(tierp, AR, 1);
        long version = Rapporter.version(b.get(path, token).object());
        List<Api.Reply> done = Samtidigt.skicka(50, i -> (i % 2 == 0 ? a : b).put(path, token,
                "{\"version\":" + version + ",\"meddelande\":\"klient " + i + "\"}"));

        Map<Integer, Long> byStatus = done.stream().collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
        assertThat(byStatus).as(done.stream().filter(r -> r.status() != 200 && r.status() != 409)
                .map(Api.Reply::body).findFirst().orElse("")).containsOnly(Map.entry(200, 1L), Map.entry(409, 49L));
        String winner = done.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().object().getString("meddelande");
        for (Nod nod : List.of(a, b)) {
            JsonObject stored = nod.get(path, token).object();
            assertThat(stored.getString("meddelande")).isEqualTo(winner);
            assertThat(Rapporter.version(stored)).isEqualTo(version + 1);
        }
    }

    @Test
    @Order(3)
    void aPersonSignedInOnOneNodeContinuesOnTheOther() {
        WebDriver browser = Browser.start();
        try {
            browser.get(a.baseUrl() + "/");
            assertThat(browser.getCurrentUrl()).contains("/realms/uppfoljning/");
            Browser.signIn(browser, "habo.rapportor", "demo");
            assertThat(browser.getCurrentUrl()).startsWith(a.baseUrl());
            assertThat(browser.findElements(By.id("namn"))).as(browser.getPageSource()).hasSize(1);
            // a page with view state on A, then B: the session (sign-in and pages) is the cluster's
            browser.get(a.baseUrl() + "/insatser.xhtml");
            assertThat(browser.getCurrentUrl()).startsWith(a.baseUrl());

            browser.get(b.baseUrl() + "/insatser.xhtml");
            assertThat(browser.getCurrentUrl()).as("no new sign-in on B").startsWith(b.baseUrl());
            browser.get(b.baseUrl() + "/");
            assertThat(browser.getCurrentUrl()).startsWith(b.baseUrl());
            assertThat(browser.findElements(By.id("namn"))).as(browser.getPageSource()).hasSize(1);
            assertThat(browser.findElement(By.id("namn")).getText()).isEqualTo("Hanna Åberg");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(4)
    void theMorningRemindersGoOnceWhicheverNodesRunThem() throws Exception {
        String systemadmin = KeycloakTokens.accessToken("systemadmin");
        ItStack.mail().purgeEmailFromAllMailboxes();
        List<JsonObject> svar = new ArrayList<>();
        for (Api.Reply r : Samtidigt.skicka(2, i -> List.of(a, b).get(i).post("/api/paminnelser/2022-10-31/morgonkorning", systemadmin, ""))) {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            svar.add(r.object());
        }
        Api.Reply again = a.post("/api/paminnelser/2022-10-31/morgonkorning", systemadmin, "");
        assertThat(again.object().getBoolean("kord")).as("a second call the same day").isFalse();

        assertThat(svar.stream().filter(s -> s.getBoolean("kord")).count()).as(svar.toString()).isEqualTo(1);
        int skickade = svar.stream().filter(s -> s.getBoolean("kord")).findFirst().orElseThrow().getInt("skickade");
        assertThat(skickade).isPositive();
        assertThat(ItStack.mail().getReceivedMessages()).hasSize(skickade);
        List<MimeMessage> toTierp = Arrays.stream(ItStack.mail().getReceivedMessages())
                .filter(m -> recipient(m).equals("tierp-rapportor@tierp.se")).toList();
        assertThat(toTierp).hasSize(1);
    }

    /** A SUS file previewed on A is committed from B, and only once. */
    @Test
    @Order(5)
    void aSusImportPreviewedOnOneNodeIsCommittedFromTheOther() {
        String kansli = KeycloakTokens.accessToken("kansli");
        // the sample's first row (Håbo): the whole sample disagrees with the demo förbund's first half-year in one row
        byte[] fil = SusMall.xlsx(SusExempel.inledning(SusExempel.UTTAGSDATUM), SusExempel.rubriker(), SusExempel.rader().subList(0, 1));
        Api.Reply uppladdad = a.postBytes("/api/sus-importer?ar=2022&halvar=2&filnamn=sus.xlsx&vanta=true", kansli,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fil);
        assertThat(uppladdad.status()).as(uppladdad.body()).isEqualTo(201);
        String id = uppladdad.object().getString("id");
        assertThat(uppladdad.object().getString("status")).as(uppladdad.body()).isEqualTo("KLAR");

        Api.Reply sedd = b.get("/api/sus-importer/" + id, kansli);
        assertThat(sedd.status()).as(sedd.body()).isEqualTo(200);
        assertThat(sedd.object().getString("status")).isEqualTo("KLAR");
        Api.Reply genomford = b.post("/api/sus-importer/" + id + "/genomforande", kansli, "");
        assertThat(genomford.status()).as(genomford.body()).isEqualTo(200);
        Api.Reply igen = a.post("/api/sus-importer/" + id + "/genomforande", kansli, "");
        assertThat(igen.status()).as(igen.body()).isEqualTo(409);
        assertThat(igen.object().getString("code")).isEqualTo("DEL-136");
    }

    /**
     * Two writers (each its own report) and two readers, every one alternating between the nodes,
     * while node A is stopped: B answers every request, and each writer's last acknowledged save is in
     * the database (or a later one whose answer A never sent).
     */
    @Test
    @Order(6)
    void whenNodeAStopsUnderLoadBKeepsAnsweringAndNoAcknowledgedWriteIsLost() throws Exception {
        String token = KeycloakTokens.accessToken("tierp.rapportor");
        List<String> paths = List.of(Rapporter.path(tierp, AR, 2), Rapporter.path(tierp, AR, 3));
        for (String p : paths) {
            utkast(p, token);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger bFailures = new AtomicInteger();
        AtomicInteger bAnswers = new AtomicInteger();
        AtomicInteger ackAfterStop = new AtomicInteger();
        AtomicBoolean stopped = new AtomicBoolean();
        List<String> bFel = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> afterStop = java.util.Collections.synchronizedList(new ArrayList<>());
        long[] ackVersion = new long[paths.size()];
        String[] ackMessage = new String[paths.size()];
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> load = new ArrayList<>();
        for (int w = 0; w < paths.size(); w++) {
            int writer = w;
            String path = paths.get(w);
            load.add(pool.submit(() -> {
                long version = Rapporter.version(b.get(path, token).object());
                for (int i = 0; running.get(); i++) {
                    Nod nod = i % 2 == 0 ? a : b;
                    String message = "skrivare " + writer + " nr " + i;
                    Api.Reply r = nod.put(path, token, "{\"version\":" + version + ",\"meddelande\":\"" + message + "\"}");
                    count(nod, r, bAnswers, bFailures, bFel);
                    if (stopped.get()) {
                        afterStop.add((nod == a ? "A " : "B ") + r.status() + " " + r.body().substring(0, Math.min(120, r.body().length())));
                    }
                    if (r.status() == 200) {
                        version = Rapporter.version(r.object());
                        ackVersion[writer] = version;
                        ackMessage[writer] = message;
                        if (stopped.get()) {
                            ackAfterStop.incrementAndGet();
                        }
                    } else if (r.status() == 409 || r.status() == -1 || r.status() >= 500) {
                        // an answer lost with A: the save may have happened; learn the version from B
                        Api.Reply current = b.get(path, token);
                        count(b, current, bAnswers, bFailures, bFel);
                        if (current.status() == 200) {
                            version = Rapporter.version(current.object());
                        }
                    }
                }
                return null;
            }));
        }
        for (int rd = 0; rd < 2; rd++) {
            String path = paths.get(rd);
            load.add(pool.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    Nod nod = i % 2 == 0 ? a : b;
                    count(nod, nod.get(path, token), bAnswers, bFailures, bFel);
                }
                return null;
            }));
        }
        Thread.sleep(3000);
        kluster.payara(0).close();
        stopped.set(true);
        Thread.sleep(5000);
        running.set(false);
        for (Future<?> f : load) {
            f.get();
        }
        pool.shutdown();

        assertThat(bFel).as("B's failures").isEmpty();
        assertThat(bFailures.get()).isZero();
        assertThat(bAnswers.get()).isPositive();
        assertThat(ackAfterStop.get()).as("saves acknowledged after A stopped; the saves then: "
                + afterStop.subList(0, Math.min(12, afterStop.size()))).isPositive();
        try (Connection c = Klusternoder.jdbc(); PreparedStatement s = c.prepareStatement(
                "select version, meddelande from kvartalsrapport where insats_id = ? and ar = ? and kvartal = ?")) {
            for (int w = 0; w < paths.size(); w++) {
                s.setLong(1, tierp);
                s.setInt(2, AR);
                s.setInt(3, w + 2);
                try (ResultSet rs = s.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    long stored = rs.getLong(1);
                    assertThat(stored).as("writer " + w).isGreaterThanOrEqualTo(ackVersion[w]);
                    if (stored == ackVersion[w]) {
                        assertThat(rs.getString(2)).isEqualTo(ackMessage[w]);
                    }
                }
            }
        }
    }

    private static void count(Nod nod, Api.Reply r, AtomicInteger bAnswers, AtomicInteger bFailures, List<String> bFel) {
        if (nod != b) {
            return;
        }
        if (r.status() == 200 || r.status() == 409) {
            bAnswers.incrementAndGet();
        } else {
            bFailures.incrementAndGet();
            bFel.add(r.status() + " " + r.body());
        }
    }

    /** The report's draft, created if there is none yet; its version. */
    private static long utkast(String path, String token) {
        Api.Reply existing = b.get(path, token);
        if (existing.status() == 200 && existing.object().containsKey("version")
                && !existing.object().isNull("version") && Rapporter.version(existing.object()) > 0) {
            return Rapporter.version(existing.object());
        }
        Api.Reply created = a.put(path, token, "{\"version\":0,\"meddelande\":\"start\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return Rapporter.version(created.object());
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
