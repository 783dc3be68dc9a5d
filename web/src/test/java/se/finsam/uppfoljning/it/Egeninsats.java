package se.finsam.uppfoljning.it;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An insats of the test's own, running this year and the next, so that money can be claimed for an
 * open year (the demo data is 2022, long closed): owned by Håbo, reported on by habo.rapportor, with
 * Regionens styrgruppsledamot in its steering group and a budget for this year. Imported through the
 * data package like the demo data; importing it again changes nothing that matters.
 */
public final class Egeninsats {

    private Egeninsats() {
    }

    public static int iAr() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();
    }

    public static long skapa(String kod, long budgetKronor) {
        return skapa(kod, budgetKronor, LocalDate.of(iAr() + 1, 12, 31), "STRUKTURINSATS");
    }

    /**
     * As {@link #skapa(String, long)}, ending on {@code slut} (a final report is written near the end)
     * and of the type {@code typ} (participant statistics are kept for an INDIVIDINSATS only).
     */
    public static long skapa(String kod, long budgetKronor, LocalDate slut, String typ) {
        int ar = iAr();
        String paket = """
                {"format": "uppfoljning-datapaket/2", "forbund": "uppsala-lan", "period": {"ar": %2$d, "halvar": 1},
                 "insatser": [%3$s],
                 "budgetar": [{"insats": "%1$s", "ar": %2$d, "belopp": %4$d}]}
                """.formatted(kod, ar, post(kod, "Testinsats " + kod, typ, ar, slut), budgetKronor);
        Api.Reply r = Api.post("/api/datapaket", KeycloakTokens.accessToken("kansli"), paket);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Api.insatsId(kod);
    }

    /**
     * The data package's entry for such an insats, for a test that imports it with parts of its own:
     * named "Håbo, {@code kortnamn}", active from 1 January of {@code ar} to {@code slut}, with one goal.
     */
    public static String post(String kod, String kortnamn, String typ, int ar, LocalDate slut) {
        return """
                {"kod": "%1$s", "namn": "Håbo, %2$s", "kortnamn": "%2$s", "typ": "%3$s",
                 "agare": "habo", "start": "%4$d-01-01", "slut": "%5$s", "status": "AKTIV",
                 "mal": [{"nummer": 1, "beskrivning": "Fler deltagare närmar sig arbete."}],
                 "tilldelningar": [{"anvandare": "habo.rapportor", "roll": "rapportor"},
                                   {"anvandare": "region.styrgrupp", "roll": "styrgrupp"}]}""".formatted(kod, kortnamn, typ, ar, slut);
    }
}
