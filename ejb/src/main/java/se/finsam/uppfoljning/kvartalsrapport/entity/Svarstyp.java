package se.finsam.uppfoljning.kvartalsrapport.entity;

import java.util.List;

/** The answers a quality question allows. */
public enum Svarstyp {
    JA_NEJ(List.of("JA", "NEJ")),
    JA_NEJ_DELVIS(List.of("JA", "NEJ", "DELVIS")),
    OK_EJ_OK(List.of("OK", "EJ_OK"));

    private final List<String> svar;

    Svarstyp(List<String> svar) {
        this.svar = svar;
    }

    public List<String> svar() {
        return svar;
    }

    public static String label(String svar) {
        return switch (svar) {
            case "JA" -> "Ja";
            case "NEJ" -> "Nej";
            case "DELVIS" -> "Delvis";
            case "OK" -> "Ok";
            case "EJ_OK" -> "Ej ok";
            default -> svar;
        };
    }
}
