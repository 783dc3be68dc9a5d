package se.finsam.uppfoljning.sus.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SUS files being previewed: a preview lives {@link #LIVSTID} and a förbund has at most
 * {@link #MAX_PER_FORBUND} at a time (the oldest goes first). While a file is checked its job is in
 * the memory of the node that checks it (the progress page polls it there); every state it reaches is
 * also kept in the database ({@code sus_forhandsgranskning}, the job serialised), so that another node
 * of a cluster shows it and commits it (docs/decisions/0031-cluster.md). Nothing here is ever
 * half-committed: committing reads the preview and writes in one transaction, and marks the row
 * committed in it, so two nodes cannot commit one preview twice. Every method runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class SusImportjobben {

    public static final Duration LIVSTID = Duration.ofMinutes(30);
    public static final int MAX_PER_FORBUND = 10;

    /** Only the application's own classes and the JDK's come back from the database. */
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "se.finsam.uppfoljning.**;java.base/*;!*");

    private final Map<UUID, SusImportjobb> granskas = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    public SusImportjobb lagg(SusImportjobb nytt) {
        rensa(nytt.skapad());
        // the förbund's newest MAX_PER_FORBUND - 1 stay beside the new one
        em.createNativeQuery("delete from sus_forhandsgranskning where forbund = ?1 and id not in "
                        + "(select id from sus_forhandsgranskning where forbund = ?1 order by skapad desc limit ?2)")
                .setParameter(1, nytt.forbund()).setParameter(2, MAX_PER_FORBUND - 1).executeUpdate();
        granskas.put(nytt.id(), nytt);
        spara(nytt);
        return nytt;
    }

    /** The check is over (ready or refused): the job as it now is, for every node. */
    public void granskad(SusImportjobb jobb) {
        spara(jobb);
        granskas.remove(jobb.id());
    }

    /**
     * Marks the preview committed in the database, in the commit's transaction; false when another
     * commit (on any node) already did.
     */
    public boolean inlast(SusImportjobb jobb) {
        return em.createNativeQuery("update sus_forhandsgranskning set status = ?2, jobb = ?3 where id = ?1 and status = ?4")
                .setParameter(1, jobb.id()).setParameter(2, jobb.status().name()).setParameter(3, bytes(jobb))
                .setParameter(4, SusImportjobb.Status.KLAR.name()).executeUpdate() == 1;
    }

    /** The job, only for its own förbund (another förbund's is as absent as an unknown one). */
    public Optional<SusImportjobb> hitta(UUID id, String forbund, Instant nu) {
        rensa(nu);
        SusImportjobb pagaende = granskas.get(id);
        if (pagaende != null) {
            return Optional.of(pagaende).filter(j -> j.forbund().equals(forbund));
        }
        List<?> rader = em.createNativeQuery("select jobb from sus_forhandsgranskning where id = ?1 and forbund = ?2")
                .setParameter(1, id).setParameter(2, forbund).getResultList();
        return rader.stream().findFirst().map(b -> las((byte[]) b));
    }

    private void spara(SusImportjobb jobb) {
        em.createNativeQuery("insert into sus_forhandsgranskning (id, forbund, skapad, status, jobb) values (?1, ?2, ?3, ?4, ?5) "
                        + "on conflict (id) do update set status = excluded.status, jobb = excluded.jobb")
                .setParameter(1, jobb.id()).setParameter(2, jobb.forbund()).setParameter(3, Timestamp.from(jobb.skapad()))
                .setParameter(4, jobb.status().name()).setParameter(5, bytes(jobb)).executeUpdate();
    }

    private void rensa(Instant nu) {
        granskas.values().removeIf(j -> j.skapad().plus(LIVSTID).isBefore(nu));
        em.createNativeQuery("delete from sus_forhandsgranskning where skapad < ?1")
                .setParameter(1, Timestamp.from(nu.minus(LIVSTID))).executeUpdate();
    }

    private static byte[] bytes(SusImportjobb jobb) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(jobb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    private static SusImportjobb las(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(FILTER);
            return (SusImportjobb) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            // a preview written by another version of the application: as gone as an expired one
            return null;
        }
    }
}
