package nl.jbr.integriteit.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run at a time per data directory: an exclusive OS file lock on {@code data/run.lock}. The operating
 * system releases it when the process dies (also on kill -9), so a crash never leaves a stale lock. The
 * file holds the pid and start time of the holder, for the message a second run prints.
 * <p>
 * {@code serve} keeps the data directory's state open between its runs (the job repository, the warehouse), so it
 * holds a second lock, {@code data/serve.lock}, for as long as it serves; it takes the run slot for each of its runs,
 * so that {@code status} can still look in between. A run started by hand takes both: beside a serve it does not
 * start ({@code run}: exit 3 at once; {@code run --wait}: it waits, and gives up with exit 3 after its waiting time).
 */
public final class RunSlot implements AutoCloseable {

    static final String RUN = "run.lock";
    static final String SERVE = "serve.lock";

    private final List<FileChannel> channels;
    private final List<FileLock> locks;

    private RunSlot(List<FileChannel> channels, List<FileLock> locks) {
        this.channels = channels;
        this.locks = locks;
    }

    /** Takes the run slot if it is free. */
    public static Optional<RunSlot> probeer(Path dataDir) {
        return neem(dataDir, "", RUN);
    }

    /** Waits until the run slot is free (polling), at most {@code maximum}. */
    public static Optional<RunSlot> wacht(Path dataDir, Duration maximum) throws InterruptedException {
        return wacht(dataDir, maximum, "", RUN);
    }

    /** For a run started by hand: the serve slot and the run slot, if both are free. */
    public static Optional<RunSlot> probeerHandmatig(Path dataDir) {
        return neem(dataDir, "", SERVE, RUN);
    }

    /** For a run started by hand with {@code --wait}: waits until the serve slot and the run slot are both free. */
    public static Optional<RunSlot> wachtHandmatig(Path dataDir, Duration maximum) throws InterruptedException {
        return wacht(dataDir, maximum, "", SERVE, RUN);
    }

    /** For {@code serve}: the serve slot, held while it serves. */
    public static Optional<RunSlot> probeerServe(Path dataDir) {
        return neem(dataDir, "serve, ", SERVE);
    }

    private static Optional<RunSlot> wacht(Path dataDir, Duration maximum, String wie, String... bestanden)
            throws InterruptedException {
        long einde = System.nanoTime() + maximum.toNanos();
        while (true) {
            Optional<RunSlot> slot = neem(dataDir, wie, bestanden);
            if (slot.isPresent() || System.nanoTime() - einde > 0) {
                return slot;
            }
            Thread.sleep(500);
        }
    }

    /** Takes the locks in the order given, all or none. */
    private static Optional<RunSlot> neem(Path dataDir, String wie, String... bestanden) {
        List<FileChannel> channels = new ArrayList<>();
        List<FileLock> locks = new ArrayList<>();
        try {
            Files.createDirectories(dataDir);
            for (String bestand : bestanden) {
                FileChannel channel = FileChannel.open(dataDir.resolve(bestand), StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                channels.add(channel);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    new RunSlot(channels, locks).close();
                    return Optional.empty();
                }
                locks.add(lock);
                String holder = wie + "pid " + ProcessHandle.current().pid() + ", gestart " + LocalDateTime.now().withNano(0) + "\n";
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(true);
            }
            return Optional.of(new RunSlot(channels, locks));
        } catch (IOException e) {
            new RunSlot(channels, locks).close();
            throw new UncheckedIOException("cannot open the run lock in " + dataDir, e);
        }
    }

    /** Who holds the run slot, as written in the lock file (for messages). */
    public static String houder(Path dataDir) {
        return houder(dataDir, RUN);
    }

    /** Whether a {@code serve} holds this data directory now. */
    public static boolean serveActief(Path dataDir) {
        Path bestand = dataDir.resolve(SERVE);
        if (!Files.exists(bestand)) {
            return false;
        }
        Optional<RunSlot> slot = neemZonderTeSchrijven(bestand);
        slot.ifPresent(RunSlot::close);
        return slot.isEmpty();
    }

    /** Who holds the serve slot, as written in its lock file (for messages). */
    public static String serveHouder(Path dataDir) {
        return houder(dataDir, SERVE);
    }

    private static Optional<RunSlot> neemZonderTeSchrijven(Path bestand) {
        try {
            FileChannel channel = FileChannel.open(bestand, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new RunSlot(List.of(channel), List.of(lock)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String houder(Path dataDir, String bestand) {
        try {
            return Files.readString(dataDir.resolve(bestand), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "onbekend";
        }
    }

    @Override
    public void close() {
        IOException eerste = null;
        for (FileLock lock : locks) {
            try {
                lock.release();
            } catch (IOException e) {
                eerste = eerste == null ? e : eerste;
            }
        }
        for (FileChannel channel : channels) {
            try {
                channel.close();
            } catch (IOException e) {
                eerste = eerste == null ? e : eerste;
            }
        }
        if (eerste != null) {
            throw new UncheckedIOException(eerste);
        }
    }
}
