package nl.jbr.integriteit.uitvoer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writing work that may run side by side (the scopes of a year, the feedback pages of the files): tasks run on as
 * many daemon threads as there are processors; {@link #awaitAll} waits for every task, also after one failed, because
 * the caller may delete what the others write in, and then passes the first failure on as it was thrown. Closing
 * stops what is left.
 */
public final class ParallelTasks<T> implements AutoCloseable {

    private final ExecutorService pool;
    private final List<Future<T>> futures = new ArrayList<>();

    /** {@code threadName}: what the threads are called in a thread dump and a profile. */
    public ParallelTasks(String threadName) {
        this.pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    public void submit(Callable<T> task) {
        futures.add(pool.submit(task));
    }

    /** The results of all tasks submitted so far, in submission order. */
    public List<T> awaitAll() throws IOException {
        List<T> results = new ArrayList<>(futures.size());
        Throwable first = null;
        try {
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + futures.size() + " tasks", e);
        } finally {
            futures.clear();
        }
        if (first instanceof IOException io) {
            throw io;
        }
        if (first instanceof RuntimeException r) {
            throw r;
        }
        if (first instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
