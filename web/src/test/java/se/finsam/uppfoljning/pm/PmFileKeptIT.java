package se.finsam.uppfoljning.pm;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PM downloaded again without a change is the file already rendered (decision 0032), byte for byte
 * although the PDF's creation time would differ a second later; a change of the PM's content makes a
 * new file with the change in it, and downloading that again is again the same file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PmFileKeptIT {

    /** A half-year no other test writes to: its PM is the förbund's name and the texts written here. */
    private static final String PM = "/api/pm/2096/1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void theSameContentIsTheSameFileAndAChangeIsANewOne() throws Exception {
        String kansli = KeycloakTokens.accessToken("kansli");
        String text = "Bakgrunden skrevs " + System.nanoTime() + ".";
        JsonObject sparad = spara(kansli, text, 0);

        byte[] forsta = pdf(kansli);
        assertThat(pdfText(forsta)).contains(text);
        Thread.sleep(1_100); // past the second of the first render's creation time
        assertThat(pdf(kansli)).as("samma innehåll, samma fil").isEqualTo(forsta);

        String andrad = "Bakgrunden ändrades " + System.nanoTime() + ".";
        spara(kansli, andrad, sparad.getJsonNumber("version").longValue());
        byte[] efter = pdf(kansli);
        assertThat(efter).isNotEqualTo(forsta);
        assertThat(pdfText(efter)).contains(andrad).doesNotContain(text);
        assertThat(pdf(kansli)).isEqualTo(efter);
    }

    @Test
    void aFullPmReadTwiceIsTheSameFile() throws Exception {
        // every table of a real half-year: nothing in the PM may come out in another order the next time
        String kansli = KeycloakTokens.accessToken("kansli");
        for (String format : List.of("pdf", "docx", "xlsx")) {
            Api.Fil forsta = Api.file("/api/pm/2022/2/" + format, kansli, null);
            assertThat(forsta.status()).isEqualTo(200);
            Thread.sleep(1_100);
            assertThat(Api.file("/api/pm/2022/2/" + format, kansli, null).body()).as(format).isEqualTo(forsta.body());
        }
    }

    private static JsonObject spara(String token, String text, long version) {
        Api.Reply r = Api.put(PM + "/texter/BAKGRUND", token, "{\"text\":\"" + text + "\",\"version\":" + version + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.object();
    }

    private static byte[] pdf(String token) {
        Api.Fil f = Api.file(PM + "/pdf", token, "application/pdf");
        assertThat(f.status()).isEqualTo(200);
        return f.body();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
