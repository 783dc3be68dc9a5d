package se.finsam.uppfoljning.deltagare.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.deltagare.entity.Avslutningsanledning;
import se.finsam.uppfoljning.deltagare.entity.Deltagarstatistik;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;

import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The one query path to participant statistics and the termination-reason code lists. */
@Dependent
public class Statistiker {

    /** Insatser per query of {@link #forInsatser} (PostgreSQL's bind parameters are many, not unlimited). */
    static final int PER_FRAGA = 1000;

    @PersistenceContext
    EntityManager em;

    public Optional<Deltagarstatistik> find(Insats insats, Halvar period) {
        return em.createNamedQuery(Deltagarstatistik.BY_INSATS_AND_PERIOD, Deltagarstatistik.class)
                .setParameter("insats", insats).setParameter("ar", period.ar()).setParameter("halvar", period.halvar())
                .getResultStream().findFirst();
    }

    /** The insats' statistics of its latest period, if it has any. */
    public Optional<Deltagarstatistik> senaste(Insats insats) {
        return em.createNamedQuery(Deltagarstatistik.BY_INSATS_LATEST_FIRST, Deltagarstatistik.class)
                .setParameter("insats", insats).setMaxResults(1).getResultStream().findFirst();
    }

    public List<Deltagarstatistik> allaFor(String forbund, Halvar period) {
        return alla(forbund, period).getResultList();
    }

    /**
     * {@link #allaFor}, for reading only (the tables): the shared-cache objects, not copies registered
     * for changes, so that a table's read leaves nothing for the commit to compare. They must never be changed.
     */
    public List<Deltagarstatistik> allaForReading(String forbund, Halvar period) {
        return alla(forbund, period).setHint(InsatsLookup.READ_ONLY, "True").getResultList();
    }

    private TypedQuery<Deltagarstatistik> alla(String forbund, Halvar period) {
        return medSamlingar(em.createNamedQuery(Deltagarstatistik.BY_FORBUND_AND_PERIOD, Deltagarstatistik.class))
                .setParameter("forbund", forbund).setParameter("ar", period.ar()).setParameter("halvar", period.halvar());
    }

    /**
     * The recorded statistics of the given insatser for a period, by insats id: a few queries for a
     * whole batch (an import) instead of one per insats.
     */
    public Map<Long, Deltagarstatistik> forInsatser(Collection<Long> insatser, Halvar period) {
        Map<Long, Deltagarstatistik> svar = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(insatser));
        for (int fran = 0; fran < ids.size(); fran += PER_FRAGA) {
            medSamlingar(em.createNamedQuery(Deltagarstatistik.BY_INSATSER_AND_PERIOD, Deltagarstatistik.class))
                    .setParameter("insatser", ids.subList(fran, Math.min(ids.size(), fran + PER_FRAGA)))
                    .setParameter("ar", period.ar()).setParameter("halvar", period.halvar())
                    .getResultStream().forEach(d -> svar.put(d.insats().id(), d));
        }
        return svar;
    }

    /**
     * The versions of the förbund's records of a period, by insats id (only the numbers, nothing
     * managed): what the SUS import's commit compares with the versions its preview read.
     */
    public Map<Long, Long> versioner(String forbund, Halvar period) {
        Map<Long, Long> svar = new HashMap<>();
        em.createQuery("select d.insats.id, d.version from Deltagarstatistik d where d.insats.forbund.kod = :forbund"
                        + " and d.ar = :ar and d.halvar = :halvar", Object[].class)
                .setParameter("forbund", forbund).setParameter("ar", period.ar()).setParameter("halvar", period.halvar())
                .getResultStream().forEach(r -> svar.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return svar;
    }

    /** The versions of the förbund's insatser, by id (only the numbers, nothing managed). */
    public Map<Long, Long> insatsversioner(String forbund) {
        Map<Long, Long> svar = new HashMap<>();
        em.createQuery("select i.id, i.version from Insats i where i.forbund.kod = :forbund", Object[].class)
                .setParameter("forbund", forbund)
                .getResultStream().forEach(r -> svar.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return svar;
    }

    /**
     * EclipseLink's batch reading ("eclipselink.batch", as hint names to keep EclipseLink off the
     * compile path): the records' collections in one query per collection for all records of the
     * query, not three queries per record.
     */
    private static <T> TypedQuery<T> medSamlingar(TypedQuery<T> q) {
        return q.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "d.avslutningsanledningar")
                .setHint("eclipselink.batch", "d.malgrupp")
                .setHint("eclipselink.batch", "d.forklaringar");
    }

    /** Every half-year the förbund has participant statistics for. */
    public Set<Halvar> perioder(String forbund) {
        return em.createQuery("select distinct d.ar, d.halvar from Deltagarstatistik d where d.insats.forbund.kod = :forbund",
                        Object[].class).setParameter("forbund", forbund).getResultStream()
                .map(r -> new Halvar(((Number) r[0]).intValue(), ((Number) r[1]).intValue()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The first year the förbund has statistics for in Uppföljning, if any. */
    public Optional<Integer> forstaAr(String forbund) {
        return Optional.ofNullable(em.createNamedQuery(Deltagarstatistik.FORSTA_AR, Integer.class)
                .setParameter("forbund", forbund).getSingleResult());
    }

    /** Every version of the code list, oldest first. */
    public List<Kodlista> kodlistor() {
        Map<Integer, List<Avslutningsanledning>> perVersion = em.createNamedQuery(Avslutningsanledning.ALL, Avslutningsanledning.class)
                .getResultStream().collect(Collectors.groupingBy(Avslutningsanledning::kodlista, TreeMap::new, Collectors.toList()));
        return perVersion.entrySet().stream().map(e -> new Kodlista(e.getKey(), e.getValue().stream()
                .map(a -> new Kodlista.Anledning(a.kod(), a.benamning(), a.kategori())).toList())).toList();
    }

    public Optional<Kodlista> kodlista(int version) {
        return kodlistor().stream().filter(k -> k.version() == version).findFirst();
    }

    /** The newest version of the code list: what new figures follow unless they name another. */
    public Kodlista senasteKodlista() {
        List<Kodlista> alla = kodlistor();
        return alla.get(alla.size() - 1);
    }
}
