package se.finsam.uppfoljning.pm.control;


import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The PM files rendered lately, by exactly what they were rendered from: the PM's content, the
 * layout versions and the format. A PM is read far more often than its data or layouts change (the
 * office, the förbundschef and the board open the same half-year's PM again and again), and a
 * render costs about 100 ms of a core; the same content with the same layouts gives the same file,
 * so the file of an equal key is handed out again. Nothing needs evicting on a change: a change
 * makes a different key. That also makes it right on every node of a cluster without coordination.
 *
 * <p>A render asked for while the same key is being rendered waits for that render instead of
 * starting its own (a burst of downloads of a PM just edited would otherwise render it once each).
 * Bounded by bytes and by entries, least recently used first out.
 */
public final class Renderingsminne {

    /**
     * What a file is rendered from: its content as a SHA-256 of its JSON (for a PM every property the
     * layouts can read, since JasperReports reads the rows through the same getters JSON-B writes),
     * what renders it (the layout versions, or the kind of file) and the format.
     */
    public record Nyckel(String innehall, String version, PmFormat format) {

        public static Nyckel av(Object innehall, String version, PmFormat format) {
            try {
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(PmJson.write(innehall).getBytes(StandardCharsets.UTF_8));
                return new Nyckel(HexFormat.of().formatHex(sha), version, format);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 finns i varje JDK", e);
            }
        }
    }

    private record Post(CompletableFuture<byte[]> fil, long[] storlek) {
    }

    private final long maxBytes;
    private final int maxPoster;
    private final LinkedHashMap<Nyckel, Post> poster = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    public Renderingsminne(long maxBytes, int maxPoster) {
        this.maxBytes = maxBytes;
        this.maxPoster = maxPoster;
    }

    /** The file of {@code nyckel}: kept, being rendered by another request, or rendered now by {@code rendera}. */
    public byte[] fil(Nyckel nyckel, Supplier<byte[]> rendera) {
        Post post;
        boolean egen = false;
        synchronized (this) {
            post = poster.get(nyckel);
            if (post == null) {
                post = new Post(new CompletableFuture<>(), new long[1]);
                poster.put(nyckel, post);
                egen = true;
            }
        }
        if (egen) {
            return rendera(nyckel, post, rendera);
        }
        try {
            return post.fil().join();
        } catch (CompletionException e) {
            // the render this request waited for failed: it fails the same way, with the same exception
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private byte[] rendera(Nyckel nyckel, Post post, Supplier<byte[]> rendera) {
        byte[] fil;
        try {
            fil = rendera.get();
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                poster.remove(nyckel, post);
            }
            post.fil().completeExceptionally(e);
            throw e;
        }
        synchronized (this) {
            post.storlek()[0] = fil.length;
            if (poster.get(nyckel) == post) {
                bytes += fil.length;
            }
            rensa();
        }
        post.fil().complete(fil);
        return fil;
    }

    /** Least recently used out until within bounds; a render under way stays (its size is not known yet). */
    private void rensa() {
        Iterator<Map.Entry<Nyckel, Post>> it = poster.entrySet().iterator();
        while ((bytes > maxBytes || poster.size() > maxPoster) && it.hasNext()) {
            Post p = it.next().getValue();
            if (p.fil().isDone()) {
                bytes -= p.storlek()[0];
                it.remove();
            }
        }
    }

    /** How many files are kept (for the tests). */
    synchronized int antal() {
        return poster.size();
    }
}
