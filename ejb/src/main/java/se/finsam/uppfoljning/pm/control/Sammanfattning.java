package se.finsam.uppfoljning.pm.control;

import se.finsam.uppfoljning.plattform.entity.Halvar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The PM's opening sentences, written from the counts of Tabell 1: how many financed insatser ran
 * during the half-year, how they divide into kinds, and how many were closed. Counts follow
 * {@link Talord}; kinds without insatser are left out of the sentence rather than written as "noll".
 */
public final class Sammanfattning {

    /** One kind of insats and how many ran: singular and plural in lower case ("strukturinsats"). */
    public record Slag(String singular, String plural, int antal) {
    }

    private Sammanfattning() {
    }

    /**
     * @param slag          the kinds in the PM's order (individ, struktur, kompetens)
     * @param avslutade     the end dates of the insatser that closed within the half-year
     */
    public static String text(Halvar halvar, List<Slag> slag, List<LocalDate> avslutade) {
        int antal = slag.stream().mapToInt(Slag::antal).sum();
        StringBuilder text = new StringBuilder("Under ").append(halvar.halvar() == 1 ? "första" : "andra")
                .append(" halvåret ").append(halvar.ar()).append(" har ");
        if (antal == 0) {
            return text.append("inga finansierade insatser varit i gång.").toString();
        }
        text.append(antal == 1 ? "en finansierad insats" : Talord.tal(antal) + " finansierade insatser")
                .append(" varit i gång. ");
        List<Slag> forekommande = slag.stream().filter(s -> s.antal() > 0).toList();
        if (antal > 1) {
            text.append("Av de ").append(Talord.tal(antal)).append(" finansierade insatser ");
            if (forekommande.size() == 1) {
                text.append("är alla ").append(forekommande.get(0).plural()).append(". ");
            } else {
                List<String> delar = new ArrayList<>();
                for (int i = 0; i < forekommande.size(); i++) {
                    Slag s = forekommande.get(i);
                    String namn = s.antal() == 1 ? s.singular() : s.plural();
                    // "är sju individinsatser och fyra är strukturinsatser": the verb opens the list, then follows each count
                    delar.add(i == 0 ? "är " + Talord.tal(s.antal()) + " " + namn : Talord.tal(s.antal()) + " är " + namn);
                }
                text.append(String.join(", ", delar.subList(0, delar.size() - 1)))
                        .append(" och ").append(delar.get(delar.size() - 1)).append(". ");
            }
        }
        text.append(Talord.versal(Talord.antal(avslutade.size(), "insats", "insatser")))
                .append(" har avslutats").append(nar(halvar, avslutade)).append('.');
        return text.toString();
    }

    /** "vid årsskiftet" when every closed insats ended with the year; otherwise the time is not named. */
    private static String nar(Halvar halvar, List<LocalDate> avslutade) {
        if (!avslutade.isEmpty() && halvar.halvar() == 2
                && avslutade.stream().allMatch(d -> d.equals(halvar.sistaDag()))) {
            return " vid årsskiftet";
        }
        return "";
    }
}
