package se.finsam.uppfoljning.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Builds quarterly-report request bodies from a report as the API returned it. */
public final class Rapporter {

    private Rapporter() {
    }

    public static String path(long insatsId, int ar, int kvartal) {
        return "/api/insatser/" + insatsId + "/kvartalsrapporter/" + ar + "/" + kvartal;
    }

    /** A complete draft: every goal "Ja" / "Målen kommer nås", every question its first answer. */
    public static String complete(JsonObject rapport, String meddelande) {
        JsonArrayBuilder mal = Json.createArrayBuilder();
        for (JsonObject m : rapport.getJsonArray("mal").getValuesAs(JsonObject.class)) {
            mal.add(Json.createObjectBuilder().add("nummer", m.getInt("nummer")).add("status", "JA")
                    .add("prognos", "MALEN_KOMMER_NAS").add("kommentar", "Enligt plan."));
        }
        JsonArrayBuilder svar = Json.createArrayBuilder();
        for (JsonObject s : rapport.getJsonArray("svar").getValuesAs(JsonObject.class)) {
            String first = s.getJsonArray("alternativ").getString(0);
            boolean explain = s.getJsonArray("forklaringKravsVid").getValuesAs(jakarta.json.JsonString.class)
                    .stream().anyMatch(x -> x.getString().equals(first));
            svar.add(Json.createObjectBuilder().add("fraga", s.getString("kod")).add("svar", first)
                    .add("forklaring", explain ? Json.createValue("Förklaring av svaret.") : JsonValue.NULL));
        }
        return Json.createObjectBuilder().add("version", rapport.getJsonNumber("version").longValue())
                .add("mal", mal).add("vakansSof", false).add("vakansEgen", false).add("budgetavvikelseInskickad", false)
                .add("svar", svar).add("meddelande", meddelande).build().toString();
    }

    public static String version(long version) {
        return "{\"version\":" + version + "}";
    }

    public static long version(JsonObject rapport) {
        return rapport.getJsonNumber("version").longValue();
    }
}
