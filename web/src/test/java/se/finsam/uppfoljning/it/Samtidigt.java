package se.finsam.uppfoljning.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** {@code n} requests let go at the same moment, each on its own thread; their answers in order. */
public final class Samtidigt {

    private Samtidigt() {
    }

    public static List<Api.Reply> skicka(int n, IntFunction<Api.Reply> request) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int nr = i;
                replies.add(pool.submit(() -> {
                    start.await();
                    return request.apply(nr);
                }));
            }
            start.countDown();
            List<Api.Reply> done = new ArrayList<>();
            for (Future<Api.Reply> f : replies) {
                done.add(f.get());
            }
            return done;
        } finally {
            pool.shutdown();
        }
    }
}
