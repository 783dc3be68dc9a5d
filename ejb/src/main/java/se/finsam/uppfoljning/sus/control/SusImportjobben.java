package se.finsam.uppfoljning.sus.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SUS files being previewed, in this server's memory: a preview lives {@link #LIVSTID} and a
 * förbund has at most {@link #MAX_PER_FORBUND} at a time (the oldest goes first). A restart drops
 * them (the office uploads again); nothing here is ever half-committed, since committing reads the
 * preview and writes in one transaction.
 */
@ApplicationScoped
public class SusImportjobben {

    public static final Duration LIVSTID = Duration.ofMinutes(30);
    public static final int MAX_PER_FORBUND = 10;

    private final Map<UUID, SusImportjobb> jobb = new ConcurrentHashMap<>();

    public SusImportjobb lagg(SusImportjobb nytt) {
        rensa(nytt.skapad());
        while (jobb.values().stream().filter(j -> j.forbund().equals(nytt.forbund())).count() >= MAX_PER_FORBUND) {
            jobb.values().stream().filter(j -> j.forbund().equals(nytt.forbund()))
                    .min(Comparator.comparing(SusImportjobb::skapad)).ifPresent(j -> jobb.remove(j.id()));
        }
        jobb.put(nytt.id(), nytt);
        return nytt;
    }

    /** The job, only for its own förbund (another förbund's is as absent as an unknown one). */
    public Optional<SusImportjobb> hitta(UUID id, String forbund, Instant nu) {
        rensa(nu);
        return Optional.ofNullable(jobb.get(id)).filter(j -> j.forbund().equals(forbund));
    }

    private void rensa(Instant nu) {
        jobb.values().removeIf(j -> j.skapad().plus(LIVSTID).isBefore(nu));
    }
}
