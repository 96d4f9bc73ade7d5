package nl.jbr.integriteit.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The largest heap in use during a run, sampled every 20 ms. (Adding up the peaks of the separate
 * memory pools overstates it: those peaks happen at different moments, and their sum can exceed -Xmx.)
 */
final class HeapMeter implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long max;

    HeapMeter() {
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sample();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-meter");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > max) {
            max = used;
        }
    }

    /** The largest heap use seen so far, in MB. */
    long maxMb() {
        sample();
        return max / (1024 * 1024);
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
