package vn.motcua.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/** Calls released at one instant from up to 16 threads, as desks and portals hit a unit together. */
final class Concurrently {

    private Concurrently() {
    }

    /** Runs {@code call(0 … n-1)} at once; their answers in index order. */
    static <T> List<T> run(int n, IntFunction<T> call) {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 16));
        try {
            List<CompletableFuture<T>> replies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                replies.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return call.apply(index);
                }, pool));
            }
            start.countDown();
            return replies.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }
}
