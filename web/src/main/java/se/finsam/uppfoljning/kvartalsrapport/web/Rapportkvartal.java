package se.finsam.uppfoljning.kvartalsrapport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.plattform.boundary.AuditView;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Bevakning;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsrapportering;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalslage;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Texter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every quarter of an insats' period with where its report stands, grouped by year, for the
 * insatser page and the insats' own page: each quarter is a link, the 2022 ones as much as last
 * quarter's. Lives with the reports, not with the insats, so that the insats pages' code does not
 * reach up into the reporting component.
 */
@Named
@RequestScoped
public class Rapportkvartal {

    @Inject
    CurrentCaller caller;

    @Inject
    Bevakning bevakning;

    private Map<Long, List<Kvartalslage>> kvartal;

    /** One year's quarters of an insats, oldest quarter first. */
    public record Ar(int ar, List<Kvartalslage> kvartal) {
    }

    /** The insats' quarters by year, newest year first; empty when the caller may not read its reports. */
    public List<Ar> perAr(long insatsId) {
        Map<Integer, List<Kvartalslage>> perAr = new TreeMap<>(Comparator.reverseOrder());
        for (Kvartalslage k : alla().getOrDefault(insatsId, List.of())) {
            perAr.computeIfAbsent(k.ar(), a -> new ArrayList<>()).add(k);
        }
        return perAr.entrySet().stream().map(e -> new Ar(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    public boolean kanLasa(long insatsId) {
        return alla().containsKey(insatsId);
    }

    /** Names an audit row's object: the insats itself, or which quarter's report. */
    public String objekt(AuditView rad, long insatsId) {
        if (!Kvartalsrapportering.OBJECT_TYPE.equals(rad.objekt())) {
            return Texter.text(Rapportkvartal.class, "historik.insatsen");
        }
        return alla().getOrDefault(insatsId, List.of()).stream()
                .filter(k -> k.rapportId() != null && Objects.equals(String.valueOf(k.rapportId()), rad.objektId()))
                .findFirst().map(k -> Texter.text(Rapportkvartal.class, "historik.rapporten", new Kvartalstext().period(k.ar(), k.kvartal())))
                .orElseGet(() -> Texter.text(Rapportkvartal.class, "historik.kvartalsrapport"));
    }

    private Map<Long, List<Kvartalslage>> alla() {
        if (kvartal == null) {
            kvartal = bevakning.kvartal(caller.require());
        }
        return kvartal;
    }
}
