package se.finsam.uppfoljning.kvartalsrapport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Arbetslista;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Bevakning;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsrapportering;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalslage;
import se.finsam.uppfoljning.kvartalsrapport.boundary.OversiktView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Oversiktskvartal;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The start page's "what waits for you", per role: the rapportör's reports to submit and those
 * returned; the office's reports to review and the late ones; the förbundschef's traffic lights of
 * the quarter the overview opens on; the steering group's insatser. Each entry links to the work.
 */
@Named
@RequestScoped
public class MinaUppgifter {

    @Inject
    CurrentCaller caller;

    @Inject
    Bevakning bevakning;

    @Inject
    Kvartalsrapportering rapportering;

    private Arbetslista lista;
    private OversiktView oversikt;

    /** A list of one insats' quarters, for lists that would otherwise repeat the insats on every row. */
    public record Grupp(long insatsId, String insats, List<Kvartalslage> kvartal) {
    }

    public Arbetslista getLista() {
        if (lista == null) {
            lista = bevakning.arbetslista(caller.require());
        }
        return lista;
    }

    public List<Grupp> getAttLamna() {
        return perInsats(getLista().attLamna());
    }

    public List<Grupp> getSena() {
        return perInsats(getLista().sena());
    }

    /** The overview's quarter with its traffic lights, for the förbundschef's start page. */
    public OversiktView getOversikt() {
        if (oversikt == null) {
            Oversiktskvartal k = bevakning.oversiktskvartal(caller.require());
            oversikt = rapportering.oversikt(caller.require(), new Rapportperiod(k.ar(), k.kvartal()));
        }
        return oversikt;
    }

    public boolean isRapportor() { return has(Roll.RAPPORTOR); }
    public boolean isKansli() { return has(Roll.KANSLI); }
    public boolean isForbundschef() { return has(Roll.FORBUNDSCHEF); }
    public boolean isStyrgrupp() { return has(Roll.STYRGRUPP); }
    public boolean isStyrelse() { return has(Roll.STYRELSE); }

    private boolean has(Roll roll) {
        Caller c = caller.require();
        // without a förbund there is nothing to list; the page says the account is not ready
        return c.forbund().isPresent() && c.has(roll);
    }

    private static List<Grupp> perInsats(List<Kvartalslage> rader) {
        Map<Long, List<Kvartalslage>> grupper = new LinkedHashMap<>();
        Map<Long, String> namn = new LinkedHashMap<>();
        rader.stream().sorted(Comparator.comparing(Kvartalslage::insats)).forEach(k -> {
            grupper.computeIfAbsent(k.insatsId(), id -> new ArrayList<>()).add(k);
            namn.putIfAbsent(k.insatsId(), k.insats());
        });
        return grupper.entrySet().stream().map(e -> new Grupp(e.getKey(), namn.get(e.getKey()), List.copyOf(e.getValue()))).toList();
    }
}
