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
import java.util.Optional;

/**
 * One run at a time per data directory: an exclusive OS file lock on {@code data/run.lock}. The operating
 * system releases it when the process dies (also on kill -9), so a crash never leaves a stale lock. The
 * file holds the pid and start time of the holder, for the message a second run prints.
 */
public final class RunSlot implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunSlot(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the slot if it is free. */
    public static Optional<RunSlot> probeer(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve("run.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
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
            String holder = "pid " + ProcessHandle.current().pid() + ", gestart " + LocalDateTime.now().withNano(0) + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return Optional.of(new RunSlot(channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the run lock in " + dataDir, e);
        }
    }

    /** Waits until the slot is free (polling), at most {@code maximum}. */
    public static Optional<RunSlot> wacht(Path dataDir, Duration maximum) throws InterruptedException {
        long einde = System.nanoTime() + maximum.toNanos();
        while (true) {
            Optional<RunSlot> slot = probeer(dataDir);
            if (slot.isPresent() || System.nanoTime() > einde) {
                return slot;
            }
            Thread.sleep(500);
        }
    }

    /** Who holds the slot, as written in the lock file (for messages). */
    public static String houder(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve("run.lock"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "onbekend";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
